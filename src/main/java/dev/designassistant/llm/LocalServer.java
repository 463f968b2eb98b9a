package dev.designassistant.llm;

import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own base URL, for the built-in demo model. Asked at call time, because the port is only known
 * once the HTTP server listens (tests use a random one).
 */
@ApplicationScoped
public class LocalServer {

    private final HttpServer server;
    private final String host;

    public LocalServer(HttpServer server, @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host) {
        this.server = server;
        this.host = host;
    }

    /** {@code http://<host>:<port>} of the running server. */
    public String baseUrl() {
        int port = server.getPort();
        if (port <= 0) {
            throw new IllegalStateException("the HTTP server is not listening yet");
        }
        String reachable = host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host)
                ? "localhost" : host;
        return "http://" + reachable + ":" + port;
    }
}

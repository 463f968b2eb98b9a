package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.api.ApiKeyFilter;
import dev.designassistant.api.ApiKeys;
import dev.designassistant.api.Problem;
import dev.designassistant.session.Owner;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /mcp}: the MCP server over Streamable HTTP (the SDK's servlet transport), behind the HTTP API's API keys.
 * A request without a valid {@code Authorization: Bearer} key gets the API's 401 problem; a valid one is served as
 * its key's client, who owns the sessions it makes and sees no other client's.
 */
@WebServlet(urlPatterns = McpServlet.PATH, asyncSupported = true)
public class McpServlet extends HttpServlet {

    static final String PATH = "/mcp";
    private static final String BEARER = "Bearer ";
    private static final String CLIENT = Client.class.getName();
    private static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private final transient ApiKeys keys;
    private final transient McpConfig config;
    private final transient HttpServletStreamableServerTransportProvider transport;
    private final transient McpSyncServer server;
    private final transient ObjectMapper json;

    public McpServlet(ApiKeys keys, McpConfig config, McpServers servers, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
        this.config = config;
        this.transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpServers.JSON)
                .mcpEndpoint(PATH)
                .maxRequestSize(MAX_REQUEST_BYTES)
                .contextExtractor(request -> ((Client) request.getAttribute(CLIENT))
                        .context((String) request.getAttribute(Listings.CURSOR)))
                .build();
        this.server = servers.serve(transport);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!config.httpEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> owner = owner(request);
        if (owner.isEmpty()) {
            unauthorized(request, response);
            return;
        }
        request.setAttribute(CLIENT, new Client(owner.get(), Optional.of(apiBase(request))));
        transport.service(withListCursor(request), response);
    }

    /**
     * A POST's body read once, so that the cursor of a list request is known to the list's answer (Listings), then
     * handed on unchanged to the SDK's transport (which still applies its size limit).
     */
    private HttpServletRequest withListCursor(HttpServletRequest request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return request;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        try {
            JsonNode message = json.readTree(body);
            if (message != null && Listings.METHODS.contains(message.path("method").asText())
                    && message.path("params").hasNonNull("cursor")) {
                JsonNode cursor = message.path("params").get("cursor");
                request.setAttribute(Listings.CURSOR, cursor.isTextual() ? cursor.asText() : cursor.toString());
            }
        } catch (IOException e) {
            // not JSON: the SDK's transport answers it
        }
        return new ReadBody(request, body);
    }

    private Optional<String> owner(HttpServletRequest request) {
        if (!keys.enabled()) {
            return Optional.of(Owner.ANONYMOUS);
        }
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.clientOf(header.substring(BEARER.length()).strip())
                : Optional.empty();
    }

    /** The HTTP API's 401: the same problem+json as {@code /api/*} gives. */
    private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(Problem.MEDIA_TYPE);
        json.writeValue(response.getOutputStream(), ApiKeyFilter.unauthorized(request.getHeader("Authorization") != null));
    }

    /** Where this request reached the service: the base of the report URLs the tools return. */
    private static String apiBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }

    /** A request whose body has been read: it is read again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void destroy() {
        server.closeGracefully();
    }
}

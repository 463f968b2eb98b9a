package dev.designassistant.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of service processes, on a free port with a configuration
 * generated for the test: round robin, and the settings the event stream needs (README, "Running several
 * instances"): HTTP/1.1 to the upstream, no buffering, a long read timeout.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dir;

    private Nginx(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Starts nginx round robin over the given upstream ports and waits until it accepts connections. */
    public static Nginx roundRobin(List<Integer> upstreams) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("assistant-nginx-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.writeString(dir.resolve("nginx.conf"), config(dir, port, upstreams));
        Process process = new ProcessBuilder(binary(), "-e", dir.resolve("error.log").toString(),
                "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, port, dir);
        nginx.awaitListening();
        return nginx;
    }

    static String config(Path dir, int port, List<Integer> upstreams) {
        String servers = upstreams.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                worker_rlimit_nofile 16384;
                pid %1$s/nginx.pid;
                events { worker_connections 8192; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream assistant {
                %2$s
                        keepalive 256;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        client_max_body_size 1m;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $http_host;
                        location / {
                            proxy_pass http://assistant;
                            proxy_read_timeout 330s;
                        }
                        location ~ ^/api/sessions/[^/]+/events$ {
                            proxy_pass http://assistant;
                            proxy_buffering off;
                            proxy_cache off;
                            proxy_read_timeout 1h;
                        }
                    }
                }
                """.formatted(dir, servers, port);
    }

    public int port() {
        return port;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited at start:\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not listen in 10 s:\n" + log());
    }

    private String log() throws IOException {
        Path error = dir.resolve("error.log");
        return Files.readString(dir.resolve("stdout.log")) + (Files.exists(error) ? Files.readString(error) : "");
    }

    private static String binary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "nginx"; // on the PATH, or the start fails with a clear message
    }
}

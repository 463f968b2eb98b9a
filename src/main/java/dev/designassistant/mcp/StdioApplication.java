package dev.designassistant.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code java -jar quarkus-run.jar mcp}: the MCP server on standard input and output, for a local MCP client that
 * starts the jar itself. Standard output carries only the protocol: anything else printed goes to standard error.
 * Every line of standard input is checked first ({@link StdioLines}), so a bad one is answered with an error and
 * the server goes on; when the client closes standard input, the requests it sent are answered (for up to
 * {@link #DRAIN}) and the process ends with status 0.
 */
@Singleton
public class StdioApplication implements QuarkusApplication {

    /** The longest message taken on one line, as over HTTP. */
    static final int MAX_LINE_BYTES = 1024 * 1024;
    /** How long the requests already read may take to be answered once the client has closed standard input. */
    static final Duration DRAIN = Duration.ofSeconds(60);

    private final McpServers servers;
    private final McpConfig config;

    public StdioApplication(McpServers servers, McpConfig config) {
        this.servers = servers;
        this.config = config;
    }

    @Override
    public int run(String... args) throws IOException {
        PrintStream protocol = System.out;
        System.setOut(System.err); // a stray print must not corrupt the protocol
        return serve(System.in, protocol);
    }

    /** Serves the protocol on these streams until the input ends; the process's status. */
    int serve(InputStream requests, PrintStream protocol) throws IOException {
        PipedOutputStream checked = new PipedOutputStream();
        PipedInputStream sdkInput = new PipedInputStream(checked, MAX_LINE_BYTES + 1);
        StdioLines lines = new StdioLines(MAX_LINE_BYTES, protocol);
        McpSyncServer server = servers.serve(new StdioServerTransportProvider(McpServers.JSON, sdkInput,
                lines.output()), new Client(config.stdioClient(), Optional.empty()));
        try {
            lines.pump(requests, checked);
            lines.awaitAnswers(DRAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            checked.close(); // the SDK's reader sees the end of input too
            server.closeGracefully();
        }
        return 0;
    }
}

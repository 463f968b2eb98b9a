package dev.designassistant.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Singleton;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code java -jar quarkus-run.jar mcp}: the MCP server on standard input and output, for a local MCP client that
 * starts the jar itself. Standard output carries only the protocol: anything else printed goes to standard error.
 * The process ends when the client closes standard input.
 */
@Singleton
public class StdioApplication implements QuarkusApplication {

    private final McpServers servers;
    private final McpConfig config;

    public StdioApplication(McpServers servers, McpConfig config) {
        this.servers = servers;
        this.config = config;
    }

    @Override
    public int run(String... args) {
        PrintStream protocol = System.out;
        System.setOut(System.err); // a stray print must not corrupt the protocol
        InputStream requests = new EndAware(System.in, () -> Quarkus.asyncExit(0));
        McpSyncServer server = servers.serve(new StdioServerTransportProvider(McpServers.JSON, requests, protocol),
                new Client(config.stdioClient(), Optional.empty()));
        Quarkus.waitForExit();
        server.closeGracefully();
        return 0;
    }

    /** Standard input that says when the client has closed it. */
    private static final class EndAware extends FilterInputStream {

        private final Runnable atEnd;

        EndAware(InputStream in, Runnable atEnd) {
            super(in);
            this.atEnd = atEnd;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return ended(super.read(b, off, len));
        }

        private int ended(int read) {
            if (read < 0) {
                atEnd.run();
            }
            return read;
        }
    }
}

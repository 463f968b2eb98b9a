package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The official MCP Java SDK's client, as an engineer's AI tool would connect: over HTTP with a key, or over stdio. */
final class McpClients {

    /**
     * Type ids resolved with the SDK's own class loader: in a @QuarkusTest the client's reactor threads have another
     * context class loader, whose copy of a content class would not be a subtype of the SDK's.
     */
    static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withClassLoader(McpSchema.class.getClassLoader())));
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private McpClients() {
    }

    /** A client of {@code <root>/mcp} that sends the key (none when null); its progress notifications go to the list. */
    static McpSyncClient http(URI root, String key, List<McpSchema.ProgressNotification> progress) {
        HttpClientStreamableHttpTransport.Builder transport = HttpClientStreamableHttpTransport
                .builder(root.toString().replaceAll("/$", "")).endpoint("/mcp").jsonMapper(JSON);
        if (key != null) {
            transport.requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key));
        }
        return client(McpClient.sync(transport.build()), progress::add);
    }

    /** A client that starts the command and speaks to it over its standard input and output. */
    static McpSyncClient stdio(ServerParameters command, Consumer<String> stderr,
                               List<McpSchema.ProgressNotification> progress) {
        StdioClientTransport transport = new StdioClientTransport(command, JSON);
        transport.setStdErrorHandler(stderr);
        return client(McpClient.sync(transport), progress::add);
    }

    private static McpSyncClient client(McpClient.SyncSpec spec, Consumer<McpSchema.ProgressNotification> progress) {
        return spec.requestTimeout(TIMEOUT).initializationTimeout(TIMEOUT)
                .clientInfo(new McpSchema.Implementation("design-assistant-tests", "1"))
                .jsonSchemaValidator(new SchemaValidator())
                .progressConsumer(progress)
                .build();
    }

    static List<McpSchema.ProgressNotification> progressList() {
        return new CopyOnWriteArrayList<>();
    }
}

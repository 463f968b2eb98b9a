package dev.designassistant.mcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Function;

/**
 * One MCP server definition (the official Java SDK's), served over any transport: Streamable HTTP at {@code /mcp}
 * and stdio for {@code java -jar … mcp} get the same prompts, tools, resources and completions.
 */
@ApplicationScoped
public class McpServers {

    /**
     * The protocol's JSON: a plain mapper, not the API's (which refuses unknown fields). The HTTP transport writes its
     * own failures (an unreadable request) as the exception object: without its stack trace and causes.
     */
    static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new ObjectMapper()
            .addMixIn(Throwable.class, WithoutTrace.class)
            // content types by the SDK's own class loader, whatever the context class loader of the thread at hand
            .setTypeFactory(TypeFactory.defaultInstance().withClassLoader(McpSchema.class.getClassLoader())));

    @JsonIgnoreProperties({"stackTrace", "cause", "suppressed", "localizedMessage"})
    private abstract static class WithoutTrace {
    }

    private static final String INSTRUCTIONS = "Design Assistant: a library of distributed-systems design prompts "
            + "(sagas, idempotency, outbox, CQRS, resilience, consistency...). Use a prompt to draft a design brief, "
            + "run_brief to get the design answer and its follow-up answers, ask_follow_up to continue a session, "
            + "review_code to check code against a pattern checklist, get_report for a session's report.";

    private final McpPrompts prompts;
    private final McpTools tools;
    private final McpResources resources;
    private final String version;

    public McpServers(McpPrompts prompts, McpTools tools, McpResources resources,
                      @ConfigProperty(name = "quarkus.application.version", defaultValue = "0") String version) {
        this.prompts = prompts;
        this.tools = tools;
        this.resources = resources;
        this.version = version;
    }

    /** A server on a Streamable HTTP transport, where each request's transport context names its client. */
    McpSyncServer serve(McpStreamableServerTransportProvider transport) {
        return define(McpServer.sync(Listings.wrap(transport, this::list)), Client::fromContext);
    }

    /** A server on a one-client transport (stdio): every session is that client's. */
    McpSyncServer serve(McpServerTransportProvider transport, Client client) {
        return define(McpServer.sync(Listings.wrap(transport, this::list, client)), exchange -> client);
    }

    /** The lists answered here rather than by the SDK (see {@link Listings}). */
    private Object list(String method, String cursor, Client client) {
        if (McpSchema.METHOD_PROMPT_LIST.equals(method)) {
            return new McpSchema.ListPromptsResult(prompts.prompts().stream()
                    .map(McpServerFeatures.SyncPromptSpecification::prompt).toList(), null);
        }
        return resources.list(client, cursor);
    }

    private <S extends McpServer.SyncSpecification<S>> McpSyncServer define(
            McpServer.SyncSpecification<S> spec, Function<McpSyncServerExchange, Client> clients) {
        return spec.serverInfo("design-assistant", version)
                .instructions(INSTRUCTIONS)
                .jsonMapper(JSON)
                .jsonSchemaValidator(new SchemaValidator())
                .validateToolInputs(false) // the tools check their arguments and name every problem, as the API does
                .capabilities(McpSchema.ServerCapabilities.builder().prompts(false).tools(false)
                        .resources(false, false).completions().build())
                .prompts(prompts.prompts())
                .completions(prompts.completions())
                .tools(tools.tools(clients))
                .resourceTemplates(resources.templates(clients))
                .build();
    }
}

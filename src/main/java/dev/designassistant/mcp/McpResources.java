package dev.designassistant.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.ParameterSchemas;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.TemplateDetails;
import dev.designassistant.catalog.UnknownTemplateException;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.report.ReportService;
import dev.designassistant.session.UnknownSessionException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MCP resources: each catalog template with its parameters' schema, and the client's own sessions' reports
 * (another client's session is not found, as over the HTTP API).
 */
@ApplicationScoped
public class McpResources {

    static final String TEMPLATE = Links.SCHEME + "templates/{id}";
    static final String REPORT = Links.SCHEME + "sessions/{id}/report";
    private static final Pattern TEMPLATE_URI = Pattern.compile("designassistant://templates/([^/?#]+)");
    private static final Pattern REPORT_URI = Pattern.compile("designassistant://sessions/([^/?#]+)/report");

    private final Catalog catalog;
    private final ReportService reports;
    private final ObjectMapper json;
    private final ParameterSchemas schemas;

    public McpResources(Catalog catalog, ReportService reports, ObjectMapper json, ParameterSchemas schemas) {
        this.catalog = catalog;
        this.schemas = schemas;
        this.reports = reports;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    List<SyncResourceTemplateSpecification> templates(Function<McpSyncServerExchange, Client> clients) {
        return List.of(
                new SyncResourceTemplateSpecification(McpSchema.ResourceTemplate.builder(TEMPLATE, "template")
                        .title("A design-brief template")
                        .description("A template of the catalog: its parameters (types, limits, examples), lint "
                                + "checks and follow-up chain, then its parameters' JSON Schema. Every template is "
                                + "also a prompt.")
                        .mimeType("application/json").build(),
                        (exchange, request) -> template(request.uri())),
                new SyncResourceTemplateSpecification(McpSchema.ResourceTemplate.builder(REPORT, "session-report")
                        .title("A session's report")
                        .description("The Markdown report of one of your sessions: the brief, every answer, the "
                                + "token usage.")
                        .mimeType(ReportFormat.MARKDOWN.mediaType()).build(),
                        (exchange, request) -> report(clients.apply(exchange), request.uri())));
    }

    private McpSchema.ReadResourceResult template(String uri) {
        Matcher id = TEMPLATE_URI.matcher(uri);
        if (!id.matches()) {
            throw Errors.resourceNotFound(uri);
        }
        try {
            PromptTemplate template = catalog.template(id.group(1));
            TemplateDetails details = TemplateDetails.of(template, List.copyOf(catalog.followUps()));
            return new McpSchema.ReadResourceResult(List.of(
                    new McpSchema.TextResourceContents(uri, "application/json", json.writeValueAsString(details)),
                    new McpSchema.TextResourceContents(uri, ParameterSchemas.MEDIA_TYPE,
                            json.writeValueAsString(schemas.schemaOf(template)))));
        } catch (UnknownTemplateException e) {
            throw Errors.resourceNotFound(uri);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("templates are plain records", e);
        }
    }

    private McpSchema.ReadResourceResult report(Client client, String uri) {
        Matcher id = REPORT_URI.matcher(uri);
        if (!id.matches()) {
            throw Errors.resourceNotFound(uri);
        }
        try {
            ReportService.Rendered report = reports.render(id.group(1), client.owner(), ReportFormat.MARKDOWN);
            return text(uri, report.mediaType(), report.body());
        } catch (UnknownSessionException e) {
            throw Errors.resourceNotFound(uri);
        }
    }

    private static McpSchema.ReadResourceResult text(String uri, String mediaType, String body) {
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, mediaType, body)));
    }
}

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
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.UnknownSessionException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The MCP resources: each catalog template with its parameters' schema, and the client's own sessions' reports
 * (another client's session is not found, as over the HTTP API).
 */
@ApplicationScoped
public class McpResources {

    /** Resources in one page of {@code resources/list}. */
    static final int PAGE = 50;
    /** The client's latest sessions that {@code resources/list} names (all are readable by their URI). */
    static final int LISTED_SESSIONS = 100;

    static final String TEMPLATE = Links.SCHEME + "templates/{id}";
    static final String REPORT = Links.SCHEME + "sessions/{id}/report";
    private static final Pattern TEMPLATE_URI = Pattern.compile("designassistant://templates/([^/?#]+)");
    private static final Pattern REPORT_URI = Pattern.compile("designassistant://sessions/([^/?#]+)/report");

    private final Catalog catalog;
    private final ReportService reports;
    private final ObjectMapper json;
    private final ParameterSchemas schemas;
    private final SessionStore sessions;

    public McpResources(Catalog catalog, ReportService reports, ObjectMapper json, ParameterSchemas schemas,
                        SessionStore sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
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

    /**
     * {@code resources/list}: the catalog's templates in the library's order, then the client's own sessions' reports,
     * newest first (the latest {@value #LISTED_SESSIONS}), {@value #PAGE} to a page.
     */
    McpSchema.ListResourcesResult list(Client client, String cursor) {
        int offset = Cursor.offset(cursor);
        List<McpSchema.Resource> page = new ArrayList<>();
        List<PromptTemplate> templates = List.copyOf(catalog.templates());
        for (int i = offset; i < templates.size() && page.size() < PAGE; i++) {
            PromptTemplate template = templates.get(i);
            page.add(McpSchema.Resource.builder().uri(Links.SCHEME + "templates/" + template.id()).name(template.id())
                    .title(template.title()).description("Template " + template.section() + ": its parameters, "
                            + "lint checks and follow-ups, then its parameters' JSON Schema.")
                    .mimeType("application/json").build());
        }
        int sessionOffset = Math.max(0, offset - templates.size());
        int wanted = Math.min(PAGE - page.size(), LISTED_SESSIONS - sessionOffset);
        if (wanted > 0) {
            for (Session session : sessions.page(client.owner(), sessionOffset, wanted)) {
                String title = catalog.find(session.templateId()).map(PromptTemplate::title)
                        .orElse(session.templateId());
                page.add(McpSchema.Resource.builder().uri(Links.SCHEME + "sessions/" + session.id() + "/report")
                        .name("session-" + session.id()).title(title + ", " + session.createdAt())
                        .description("The report of your session of " + session.createdAt() + " (template "
                                + session.templateId() + ").")
                        .mimeType(ReportFormat.MARKDOWN.mediaType()).build());
            }
        }
        int next = offset + page.size();
        boolean more = next < templates.size() || (next - templates.size() < LISTED_SESSIONS
                && sessions.count(client.owner()) > next - templates.size());
        return new McpSchema.ListResourcesResult(page, more ? Cursor.of(next) : null);
    }

    /** The opaque cursor of a listing's next page: its offset, encoded. */
    private static final class Cursor {

        private static final String PREFIX = "offset:";

        static String of(int offset) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(UTF_8));
        }

        static int offset(String cursor) {
            if (cursor == null) {
                return 0;
            }
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
                int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (decoded.startsWith(PREFIX) && offset >= 0) {
                    return offset;
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // not one of ours: said below
            }
            throw Errors.invalidParams("the cursor is not one this server gave", null);
        }
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

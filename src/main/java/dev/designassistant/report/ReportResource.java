package dev.designassistant.report;

import dev.designassistant.api.AcceptHeader;
import dev.designassistant.api.Caller;
import dev.designassistant.api.SecurityHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /api/sessions/{id}/report}: the session as a design-review report. {@code ?format=} (markdown, html,
 * json, sarif) wins over {@code Accept} (text/markdown, text/html, application/json, application/sarif+json, with
 * q-values and wildcards: {@code application/*} is JSON, {@code text/html;q=0} refuses HTML); with neither, or
 * {@code Accept: *}{@code /*}, Markdown.
 */
@Path("/api/sessions/{id}/report")
public class ReportResource {

    private final ReportService reports;
    private final Caller caller;

    public ReportResource(ReportService reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    public Response report(@PathParam("id") String id, @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        ReportFormat chosen = format != null && !format.isBlank() ? ReportFormat.named(format) : negotiate(headers);
        ReportService.Rendered report = reports.render(id, caller.owner(), chosen);
        return Response.ok(report.body(), MediaType.valueOf(report.mediaType())
                .withCharset(StandardCharsets.UTF_8.name()))
                .header(SecurityHeaders.CSP, report.contentSecurityPolicy()).build(); // null: no header
    }

    /** The format the client accepts at the highest quality; on a tie, the first of markdown, html, json, sarif. */
    private static ReportFormat negotiate(HttpHeaders headers) {
        return AcceptHeader.parse(headers.getHeaderString(HttpHeaders.ACCEPT))
                .best(java.util.Arrays.stream(ReportFormat.values()).filter(ReportFormat::negotiable).toList(),
                        ReportFormat::mediaType)
                .orElseThrow(() -> new NotAcceptableException("a report is text/markdown, text/html, application/json"
                        + " or (of a code review) application/sarif+json, and the Accept header names none of them; or"
                        + " choose with ?format=markdown|html|json|sarif"));
    }
}

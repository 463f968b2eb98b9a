package dev.designassistant.web;

import dev.designassistant.api.SecurityHeaders;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.report.HtmlReport;
import dev.designassistant.report.Report;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.report.ReportService;
import dev.designassistant.report.UnsupportedFormatException;
import dev.designassistant.session.SessionStatus;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.UnknownSessionException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed-in client's sessions: the list, one session with its chain (its steps are re-read by the page's
 * script as the chain's events arrive), deleting one, and its report to view or download. Another client's
 * session is "not found", exactly like one that never existed.
 */
@Path("/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    private static final int PAGE_SIZE = 20;

    private final SessionStore store;
    private final Catalog catalog;
    private final ReportService reports;
    private final HtmlReport html;
    private final PageContext pages;
    private final Template listPage;
    private final Template sessionPage;
    private final Template stepsFragment;
    private final Template deletePage;
    private final Template notFound;

    public SessionPages(SessionStore store, Catalog catalog, ReportService reports, HtmlReport html, PageContext pages,
                        @Location("web/sessions.html") Template listPage,
                        @Location("web/session.html") Template sessionPage,
                        @Location("web/steps.html") Template stepsFragment,
                        @Location("web/delete.html") Template deletePage,
                        @Location("web/not-found.html") Template notFound) {
        this.store = store;
        this.catalog = catalog;
        this.reports = reports;
        this.html = html;
        this.pages = pages;
        this.listPage = listPage;
        this.sessionPage = sessionPage;
        this.stepsFragment = stepsFragment;
        this.deletePage = deletePage;
        this.notFound = notFound;
    }

    /** One line of the list. */
    public record Line(String id, String templateId, String title, String status, Instant createdAt) {
    }

    @GET
    public Response list(@QueryParam("page") String pageParam, @Context UriInfo uri) {
        return guarded(uri, () -> {
            int page = pageParam != null && pageParam.matches("\\d{1,6}") ? Integer.parseInt(pageParam) : 0;
            long total = store.count(pages.owner());
            List<Line> lines = store.page(pages.owner(), page * PAGE_SIZE, PAGE_SIZE).stream()
                    .map(s -> new Line(s.id(), s.templateId(),
                            catalog.find(s.templateId()).map(PromptTemplate::title).orElse(s.templateId()),
                            SessionStatus.of(store.steps(s.id())).text(), s.createdAt()))
                    .toList();
            long pagesTotal = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            return Response.ok(pages.page(listPage.data("lines", lines).data("page", page)
                    .data("pageNumber", page + 1).data("pages", pagesTotal).data("total", total)
                    .data("previous", page > 0 ? page - 1 : -1)
                    .data("next", page + 1 < pagesTotal ? page + 1 : -1), "sessions").render()).build();
        });
    }

    @GET
    @Path("/{id}")
    public Response session(@PathParam("id") String id, @Context UriInfo uri) {
        return guarded(uri, () -> {
            Report report = reports.report(id, pages.owner());
            return Response.ok(pages.page(sessionPage.data("view", html.view(report)), "sessions").render()).build();
        });
    }

    /** The steps alone, as the session page shows them: the page's script swaps them in as events arrive. */
    @GET
    @Path("/{id}/steps")
    public Response steps(@PathParam("id") String id, @Context UriInfo uri) {
        if (pages.signInFirst(uri).isPresent()) {
            return Response.status(401).entity("<p role=\"alert\">Your sign-in has ended: reload the page.</p>").build();
        }
        try {
            return Response.ok(stepsFragment.data("view", html.view(reports.report(id, pages.owner()))).render()).build();
        } catch (UnknownSessionException e) {
            return Response.status(404).entity("<p role=\"alert\">This session no longer exists.</p>").build();
        }
    }

    @GET
    @Path("/{id}/delete")
    public Response confirmDelete(@PathParam("id") String id, @Context UriInfo uri) {
        return guarded(uri, () -> {
            Report report = reports.report(id, pages.owner());
            return Response.ok(pages.page(deletePage.data("report", report), "sessions").render()).build();
        });
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @FormParam("csrf") String csrf,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        return guarded(uri, () -> {
            if (!pages.formAllowed(headers, uri, csrf)) {
                return notFound(403, "This request did not come from this site's page: reload it and try again.");
            }
            store.delete(id, pages.owner());
            return PageContext.seeOther("/sessions").build();
        });
    }

    /** The HTML report, as the API serves it, with a policy that allows its own inline style and no script. */
    @GET
    @Path("/{id}/report")
    public Response report(@PathParam("id") String id, @Context UriInfo uri) {
        return guarded(uri, () -> {
            ReportService.Rendered report = reports.render(id, pages.owner(), ReportFormat.HTML);
            return Response.ok(report.body(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header(SecurityHeaders.CSP, report.contentSecurityPolicy()).build();
        });
    }

    @GET
    @Path("/{id}/report.{format: md|json|sarif}")
    public Response download(@PathParam("id") String id, @PathParam("format") String format,
                             @Context UriInfo uri) {
        return guarded(uri, () -> {
            try {
                ReportService.Rendered report = reports.render(id, pages.owner(), ReportFormat.named(format));
                String name = "session-" + id + "." + format;
                return Response.ok(report.body(), MediaType.valueOf(report.mediaType()).withCharset("UTF-8"))
                        .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
            } catch (UnsupportedFormatException e) {
                return notFound(404, "This session has no SARIF report: only a code review with findings has one.");
            }
        });
    }

    /** Signed in first; a session the client does not have (deleted, another client's, never made) is not found. */
    private Response guarded(UriInfo uri, Supplier<Response> page) {
        Optional<Response> signIn = pages.signInFirst(uri);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        try {
            return page.get();
        } catch (UnknownSessionException e) {
            return notFound(404, "Session not found. It may have been deleted, or the link is wrong.");
        }
    }

    private Response notFound(int status, String message) {
        return Response.status(status).entity(pages.page(notFound.data("message", message).data("back", "/sessions")
                .data("backLabel", "Your sessions"), "sessions").render()).build();
    }
}

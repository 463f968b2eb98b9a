package dev.designassistant.web;

import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.ledger.LedgerConfig;
import dev.designassistant.llm.LlmClient;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog, the brief form and the code-review form. The forms' fields are built in the browser from the
 * template's JSON Schema ({@code GET /api/templates/{id}/schema}), the same schema that validates the API; these
 * pages carry what is not in it (the follow-up chain, the configured models).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BriefPages {

    static final String REVIEW_CATEGORY = "code-review";

    private final Catalog catalog;
    private final LlmClient llm;
    private final PageContext pages;
    private final Template catalogPage;
    private final Template briefPage;
    private final Template reviewPage;
    private final Template notFound;
    private final LedgerConfig ledger;

    public BriefPages(Catalog catalog, LlmClient llm, PageContext pages, LedgerConfig ledger,
                      @Location("web/catalog.html") Template catalogPage,
                      @Location("web/brief.html") Template briefPage,
                      @Location("web/review.html") Template reviewPage,
                      @Location("web/not-found.html") Template notFound) {
        this.catalog = catalog;
        this.llm = llm;
        this.pages = pages;
        this.catalogPage = catalogPage;
        this.briefPage = briefPage;
        this.reviewPage = reviewPage;
        this.notFound = notFound;
        this.ledger = ledger;
    }

    /** A category of the catalog with its templates, in library order. */
    public record Category(String id, String name, List<PromptTemplate> templates) {
    }

    @GET
    public Response catalog(@Context UriInfo uri) {
        return pages.signInFirst(uri).orElseGet(() -> Response.ok(
                pages.page(catalogPage.data("categories", categories()), "catalog").render()).build());
    }

    @GET
    @Path("templates/{id}")
    public Response brief(@PathParam("id") String id, @Context UriInfo uri) {
        Optional<Response> signIn = pages.signInFirst(uri);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        Optional<PromptTemplate> template = catalog.find(id);
        if (template.isEmpty()) {
            return notFound("No template has the id “" + id + "”.", "/", "Back to the catalog");
        }
        if (REVIEW_CATEGORY.equals(template.get().category())) {
            return PageContext.seeOther("/review?template=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).build();
        }
        return Response.ok(pages.page(briefPage.data("template", template.get())
                .data("followUps", List.copyOf(catalog.followUps()))
                .data("ledgerByDefault", ledger.enabled())
                .data("models", models()), "catalog").render()).build();
    }

    @GET
    @Path("review")
    public Response review(@QueryParam("template") String id, @Context UriInfo uri) {
        Optional<Response> signIn = pages.signInFirst(uri);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        List<PromptTemplate> reviews = catalog.templates().stream()
                .filter(t -> REVIEW_CATEGORY.equals(t.category())).toList();
        PromptTemplate chosen = reviews.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElse(reviews.isEmpty() ? null : reviews.getFirst());
        if (chosen == null) {
            return notFound("The catalog has no code-review template.", "/", "Back to the catalog");
        }
        return Response.ok(pages.page(reviewPage.data("templates", reviews).data("template", chosen)
                .data("models", models()), "review").render()).build();
    }

    private Response notFound(String message, String back, String backLabel) {
        return Response.status(404).entity(pages.page(notFound.data("message", message).data("back", back)
                .data("backLabel", backLabel), "").render()).build();
    }

    private List<String> models() {
        List<String> names = new ArrayList<>(llm.models());
        names.remove(LlmClient.DEFAULT_MODEL);
        names.addFirst(LlmClient.DEFAULT_MODEL);
        return names;
    }

    private List<Category> categories() {
        Map<String, List<PromptTemplate>> byCategory = new LinkedHashMap<>();
        for (PromptTemplate t : catalog.templates()) {
            byCategory.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
        }
        return byCategory.entrySet().stream().map(e -> new Category(e.getKey(), name(e.getKey()), e.getValue()))
                .toList();
    }

    /** The category id as words: "failure-analysis" → "Failure analysis"; acronyms kept. */
    static String name(String category) {
        if (category.startsWith("cqrs-")) {
            return "CQRS, " + category.substring(5).replace('-', ' ');
        }
        String words = category.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

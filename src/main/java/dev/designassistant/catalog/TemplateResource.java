package dev.designassistant.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Browse the catalog: list templates (optionally by category) and read one template's schema. */
@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final Catalog catalog;

    public TemplateResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<TemplateSummary> list(@QueryParam("category") String category) {
        return catalog.templates().stream()
                .filter(t -> category == null || category.isBlank() || t.category().equals(category))
                .map(TemplateSummary::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    public TemplateDetails get(@PathParam("id") String id) {
        return TemplateDetails.of(catalog.template(id), List.copyOf(catalog.followUps()));
    }
}

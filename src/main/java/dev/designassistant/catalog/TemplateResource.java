package dev.designassistant.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Browse the catalog: list templates (optionally by category) and read one template's details and its parameters' JSON Schema. */
@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final Catalog catalog;
    private final ParameterSchemas schemas;

    public TemplateResource(Catalog catalog, ParameterSchemas schemas) {
        this.catalog = catalog;
        this.schemas = schemas;
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

    /** The JSON Schema of the template's parameters: what a brief's {@code parameters} must be. */
    @GET
    @Path("/{id}/schema")
    @Produces({ParameterSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public ObjectNode schema(@PathParam("id") String id) {
        return schemas.schemaOf(catalog.template(id));
    }
}

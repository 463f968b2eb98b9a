package dev.designassistant.brief;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Renders a template with a brief's parameters without asking the LLM: the "preview" of a brief. */
@Path("/api/templates")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RenderResource {

    private final BriefRenderer renderer;

    public RenderResource(BriefRenderer renderer) {
        this.renderer = renderer;
    }

    /** Under the templates' own root path, so that a GET here is 405 (not 404) like any wrong method. */
    @POST
    @Path("/{id}/render")
    public RenderResponse render(@PathParam("id") String id, RenderRequest request) {
        return RenderResponse.of(renderer.render(id, request == null ? null : request.parameters()));
    }
}

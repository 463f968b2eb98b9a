package dev.designassistant.revision;

import dev.designassistant.api.Caller;
import dev.designassistant.api.ClientLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Revisions and baselines of sessions: {@code POST /api/sessions/{id}/revisions} starts a new session with changed
 * parameters, linked to the earlier one; {@code GET /api/sessions/{id}/diff?against={otherId}} compares two. Another
 * client's session is unknown here as everywhere (404).
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {

    private final RevisionService revisions;
    private final SessionDiffer differ;
    private final Caller caller;
    private final ClientLimits limiter;

    public RevisionResource(RevisionService revisions, SessionDiffer differ, Caller caller, ClientLimits limiter) {
        this.revisions = revisions;
        this.differ = differ;
        this.caller = caller;
        this.limiter = limiter;
    }

    /** 202 for a brief (its chain runs in the background), 201 for a code review (done), with the new Location. */
    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") String id, RevisionRequest request, @Context UriInfo uri) {
        String owner = caller.owner();
        limiter.acquire(owner);
        Revision revision = revisions.revise(id, request, owner);
        Response.Status status = "done".equals(revision.status()) ? Response.Status.CREATED : Response.Status.ACCEPTED;
        return Response.status(status).entity(revision)
                .location(uri.getBaseUriBuilder().path("api/sessions/").path(revision.sessionId()).build()).build();
    }

    @GET
    @Path("/{id}/diff")
    public SessionDiff diff(@PathParam("id") String id,
                            @QueryParam("against") @NotBlank(message = "is required: the id of the session to compare with")
                            String against) {
        return differ.diff(id, against, caller.owner());
    }
}

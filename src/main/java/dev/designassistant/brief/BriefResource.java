package dev.designassistant.brief;

import dev.designassistant.session.Owner;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * {@code POST /api/briefs}: a design brief becomes a session at once (202 + Location); the answer and the
 * follow-up chain run in the background and can be watched at the session's events.
 */
@Path("/api/briefs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BriefResource {

    private final BriefService briefs;

    public BriefResource(BriefService briefs) {
        this.briefs = briefs;
    }

    @POST
    public Response submit(BriefRequest request) {
        AcceptedBrief accepted = briefs.accept(request, Owner.ANONYMOUS);
        return Response.accepted(BriefAccepted.of(accepted))
                .location(URI.create("/api/sessions/" + accepted.sessionId()))
                .build();
    }
}

package dev.designassistant.brief;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/briefs/estimate}: the body of a brief in, what it would cost out (tokens of every call of its
 * chain, and money at the configured prices), without storing a session or calling a model.
 */
@Path("/api/briefs/estimate")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BriefEstimateResource {

    private final BriefService briefs;

    public BriefEstimateResource(BriefService briefs) {
        this.briefs = briefs;
    }

    @POST
    public Estimate estimate(BriefRequest request) {
        return briefs.estimate(request);
    }
}

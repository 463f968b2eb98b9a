package dev.designassistant.review;

import dev.designassistant.brief.Estimate;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/reviews/estimate}: the body of a review in, what it would cost out, without storing a session or
 * calling a model.
 */
@Path("/api/reviews/estimate")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewEstimateResource {

    private final ReviewService reviews;

    public ReviewEstimateResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @POST
    public Estimate estimate(ReviewRequest request) {
        return reviews.estimate(request);
    }
}

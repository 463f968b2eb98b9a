package dev.designassistant.review;

import dev.designassistant.api.Caller;
import dev.designassistant.api.NoCache;
import dev.designassistant.api.ClientLimits;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * {@code POST /api/reviews}: a synchronous code review with a section-8 template. 200 with the findings worst
 * first (JSON), or with {@code ?format=sarif} a SARIF 2.1.0 log; {@code Location} is the session that holds the
 * exchange.
 */
@Path("/api/reviews")
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final ReviewTemplates templates;
    private final Caller caller;
    private final ClientLimits limiter;

    public ReviewResource(ReviewService reviews, ReviewTemplates templates, Caller caller, ClientLimits limiter) {
        this.reviews = reviews;
        this.templates = templates;
        this.caller = caller;
        this.limiter = limiter;
    }

    @POST
    public Response review(ReviewRequest request, @QueryParam("format") String format,
                           @HeaderParam(NoCache.HEADER) String cacheControl) {
        boolean sarif = "sarif".equalsIgnoreCase(format);
        if (format != null && !sarif && !"json".equalsIgnoreCase(format)) {
            throw new InvalidParametersException("review", List.of(new ParameterProblem("format",
                    "must be json or sarif")));
        }
        limiter.acquire(caller.owner());
        ReviewResult result = reviews.review(request, caller.owner(), NoCache.asked(cacheControl));
        URI session = URI.create("/api/sessions/" + result.sessionId());
        if (sarif) {
            ReviewTemplates.ReviewTemplate review = templates.require(result.templateId());
            String log = SarifWriter.write(review, result.sessionId(), result.findings(),
                    ReviewedCode.of(review.template(), request.parameters()), result.answeredBy()).toPrettyString();
            return Response.ok(log, SarifWriter.MEDIA_TYPE).location(session).build();
        }
        return Response.ok(result, MediaType.APPLICATION_JSON).location(session).build();
    }
}

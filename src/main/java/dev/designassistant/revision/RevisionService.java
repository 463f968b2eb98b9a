package dev.designassistant.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.brief.RunningBrief;
import dev.designassistant.brief.BriefRequest;
import dev.designassistant.brief.BriefService;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.check.DesignChecks;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.ReviewService;
import dev.designassistant.review.ReviewTemplates;
import dev.designassistant.session.Durability;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A revision: the earlier session's parameters with the changes applied, run as a new session of the same
 * template (a brief with its chain, or a code review) and linked to the earlier one.
 */
@ApplicationScoped
public class RevisionService {

    private final SessionStore store;
    private final BriefService briefs;
    private final ReviewService reviews;
    private final ReviewTemplates reviewTemplates;
    private final RevisionLinks links;
    private final ObjectMapper json;

    public RevisionService(SessionStore store, BriefService briefs, ReviewService reviews,
                           ReviewTemplates reviewTemplates, RevisionLinks links, ObjectMapper json) {
        this.store = store;
        this.briefs = briefs;
        this.reviews = reviews;
        this.reviewTemplates = reviewTemplates;
        this.links = links;
        this.json = json;
    }

    /** Starts the revision of the owner's session {@code id}. */
    public Revision revise(String id, RevisionRequest request, String owner) {
        Session earlier = store.view(id, owner).session();
        if (request == null || request.parameters() == null || !request.parameters().isObject()
                || request.parameters().isEmpty()) {
            throw new InvalidParametersException(earlier.templateId(), List.of(new ParameterProblem("parameters",
                    "must be an object with at least one parameter to change")));
        }
        ObjectNode parameters = (ObjectNode) read(earlier.parameters());
        List<String> changed = new ArrayList<>();
        request.parameters().fields().forEachRemaining(e -> {
            changed.add(e.getKey());
            if (e.getValue().isNull()) {
                parameters.remove(e.getKey());
            } else {
                parameters.set(e.getKey(), e.getValue());
            }
        });
        String model = request.model() == null || request.model().isBlank() ? earlier.model() : request.model();
        String diff = "/api/sessions/%s/diff?against=" + earlier.id();
        if (reviewTemplates.find(earlier.templateId()).isPresent()) {
            ReviewResult result = reviews.review(new ReviewRequest(earlier.templateId(), parameters, model), owner);
            links.link(result.sessionId(), earlier.id());
            return new Revision(result.sessionId(), earlier.id(), earlier.templateId(), "done", changed, null, null,
                    diff.formatted(result.sessionId()));
        }
        RunningBrief accepted = briefs.accept(new BriefRequest(earlier.templateId(), parameters, model,
                request.followUps(), request.failure()), owner, Durability.NOW);
        links.link(accepted.sessionId(), earlier.id());
        return new Revision(accepted.sessionId(), earlier.id(), earlier.templateId(), "running", changed,
                accepted.brief().warnings(), accepted.brief().checks(), diff.formatted(accepted.sessionId()));
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }
}

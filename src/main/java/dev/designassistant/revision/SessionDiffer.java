package dev.designassistant.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.chain.SessionDetails;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.review.FindingFingerprint;
import dev.designassistant.review.ReviewTemplates;
import dev.designassistant.review.ReviewedSession;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.SessionView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Compares two of a client's sessions: parameters, design checks, lint warnings and review findings. */
@ApplicationScoped
public class SessionDiffer {

    private final SessionStore store;
    private final ReviewTemplates reviews;
    private final ObjectMapper json;

    public SessionDiffer(SessionStore store, ReviewTemplates reviews, ObjectMapper json) {
        this.store = store;
        this.reviews = reviews;
        this.json = json;
    }

    /** The diff of session {@code id} against {@code against}, both the owner's (else unknown session). */
    public SessionDiff diff(String id, String against, String owner) {
        SessionView now = store.view(id, owner);
        SessionView before = store.view(against, owner);
        Session s = now.session();
        Session b = before.session();
        JsonNode nowParameters = read(s.parameters());
        JsonNode beforeParameters = read(b.parameters());
        return new SessionDiff(s.id(), b.id(), s.templateId(), b.templateId(),
                parameters(beforeParameters, nowParameters),
                changes(SessionDetails.checksOf(b), SessionDetails.checksOf(s), CheckFinding::code),
                changes(list(read(b.warnings())), list(read(s.warnings())),
                        w -> w.path("code").asText() + "/" + w.path("parameter").asText("")),
                findings(before, now).orElse(null));
    }

    private static List<SessionDiff.ParameterChange> parameters(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<SessionDiff.ParameterChange> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode was = before.get(name);
            JsonNode is = after.get(name);
            if (was == null) {
                changes.add(new SessionDiff.ParameterChange(name, "added", null, is));
            } else if (is == null) {
                changes.add(new SessionDiff.ParameterChange(name, "removed", was, null));
            } else if (!was.equals(is)) {
                changes.add(new SessionDiff.ParameterChange(name, "changed", was, is));
            }
        }
        return changes;
    }

    private static <T> SessionDiff.Changes<T> changes(List<T> before, List<T> after, Function<T, String> key) {
        Set<String> was = new LinkedHashSet<>(before.stream().map(key).toList());
        Set<String> is = new LinkedHashSet<>(after.stream().map(key).toList());
        return new SessionDiff.Changes<>(
                after.stream().filter(x -> !was.contains(key.apply(x))).toList(),
                before.stream().filter(x -> !is.contains(key.apply(x))).toList(),
                after.stream().filter(x -> was.contains(key.apply(x))).toList());
    }

    private Optional<SessionDiff.FindingChanges> findings(SessionView before, SessionView now) {
        Optional<ReviewedSession> was = ReviewedSession.of(before, reviews);
        Optional<ReviewedSession> is = ReviewedSession.of(now, reviews);
        if (was.isEmpty() || is.isEmpty()) {
            return Optional.empty();
        }
        List<SessionDiff.FingerprintedFinding> old = fingerprinted(was.get());
        List<SessionDiff.FingerprintedFinding> current = fingerprinted(is.get());
        SessionDiff.Changes<SessionDiff.FingerprintedFinding> c =
                changes(old, current, SessionDiff.FingerprintedFinding::fingerprint);
        return Optional.of(new SessionDiff.FindingChanges(c.added(), c.gone(), c.unchanged()));
    }

    private static List<SessionDiff.FingerprintedFinding> fingerprinted(ReviewedSession review) {
        return review.findings().stream()
                .map(f -> new SessionDiff.FingerprintedFinding(FindingFingerprint.of(f), f)).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }
}

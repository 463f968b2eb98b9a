package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;
import dev.designassistant.catalog.Values;
import dev.designassistant.check.BriefValues;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a brief's {@code followUps} choice into the questions of its chain: the library's six in order
 * ({@code true}), none ({@code false}), or a list of follow-up ids and questions of the user's own. The two
 * placeholders are filled from the brief: {@code [10x load]} from its load figure, {@code [specific failure]}
 * from the request's {@code failure} or a component the brief names.
 */
@ApplicationScoped
public class FollowUpPlanner {

    private static final int MAX_TEXT = 2_000;
    /** Most follow-ups one brief may ask for: each is an LLM call and a stored step. */
    public static final int MAX_FOLLOW_UPS = 12;

    private final Catalog catalog;
    private final ObjectMapper json = new ObjectMapper();

    public FollowUpPlanner(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The filled-in follow-up questions for a brief. */
    public List<String> plan(PromptTemplate template, ValidatedParameters brief, JsonNode followUps, String failure) {
        if (failure != null) {
            checkQuestionText(template, "failure", failure);
        }
        if (followUps == null || followUps.isNull() || followUps.isBoolean() && followUps.booleanValue()) {
            return catalog.followUps().stream().map(f -> fill(f, brief, template, failure)).toList();
        }
        if (followUps.isBoolean()) {
            return List.of();
        }
        if (!followUps.isArray()) {
            throw problem(template, "followUps", "must be true, false or a list of follow-up ids and questions");
        }
        if (followUps.size() > MAX_FOLLOW_UPS) {
            throw problem(template, "followUps", "may name at most " + MAX_FOLLOW_UPS + " follow-ups (had "
                    + followUps.size() + ")");
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            JsonNode item = followUps.get(i);
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > MAX_TEXT) {
                throw problem(template, "followUps[" + i + "]", "must be a follow-up id or a question (1 to 2000 characters)");
            }
            String text = item.textValue();
            checkQuestionText(template, "followUps[" + i + "]", text);
            questions.add(catalog.followUps().stream().filter(f -> f.id().equals(text)).findFirst()
                    .map(f -> fill(f, brief, template, failure))
                    .orElse(text));
        }
        return questions;
    }

    private String fill(PromptTemplate followUp, ValidatedParameters brief, PromptTemplate template, String failure) {
        Map<String, String> values = new java.util.HashMap<>();
        followUp.parameter("load").ifPresent(p -> values.put("load", tenTimesLoad(template, brief)));
        followUp.parameter("failure").ifPresent(p -> values.put("failure",
                failure != null && !failure.isBlank() ? failure : likelyFailure(template, brief)));
        return followUp.render(ParameterValidator.validate(followUp, json.valueToTree(values))).strip();
    }

    private static String tenTimesLoad(PromptTemplate template, ValidatedParameters brief) {
        Optional<String> fromRole = template.parameterWithRole("load")
                .flatMap(p -> LoadFigure.tenTimes(brief.text(p.name())));
        return fromRole.or(() -> new BriefValues(brief.values()).texts().stream()
                        .filter(BriefLinter::hasLoadFigure).findFirst()
                        .flatMap(LoadFigure::tenTimes))
                .orElse("10x the current load");
    }

    private static String likelyFailure(PromptTemplate template, ValidatedParameters brief) {
        return template.parameterWithRole("components")
                .map(p -> brief.values().get(p.name()))
                .filter(v -> v instanceof List<?> l && !l.isEmpty())
                .map(v -> firstName(((List<?>) v).get(0)))
                .map(name -> name + " fails or becomes unreachable in the middle of the operation")
                .orElse("a downstream dependency fails in the middle of the operation");
    }

    private static String firstName(Object item) {
        String text = item instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : String.valueOf(item);
        int cut = text.indexOf(':');
        return (cut > 0 ? text.substring(0, cut) : text).strip();
    }

    /** Text that becomes part of a question: at most {@value #MAX_TEXT} characters a user can read and we can store. */
    private static void checkQuestionText(PromptTemplate template, String parameter, String text) {
        if (text.length() > MAX_TEXT) {
            throw problem(template, parameter, "is longer than " + MAX_TEXT + " characters (was " + text.length() + ")");
        }
        Values.unsafeCharacter(text).ifPresent(why -> {
            throw problem(template, parameter, why);
        });
    }

    private static InvalidParametersException problem(PromptTemplate template, String parameter, String message) {
        return new InvalidParametersException(template.id(), List.of(new ParameterProblem(parameter, message)));
    }
}

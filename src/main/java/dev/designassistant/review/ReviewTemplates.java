package dev.designassistant.review;

import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.catalog.PromptTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The catalog's code-review templates (section 8) with their checklists and findings schemas. */
@ApplicationScoped
public class ReviewTemplates {

    static final String CATEGORY = "code-review";

    private final Catalog catalog;
    private final Severity injectionSeverity;
    private final Map<String, Optional<ReviewTemplate>> byContent = new ConcurrentHashMap<>();

    @Inject
    public ReviewTemplates(Catalog catalog, ReviewConfig config) {
        this.catalog = catalog;
        this.injectionSeverity = config.injectionSeverity();
    }

    /** With the default severity of injection findings (tests, tools). */
    public ReviewTemplates(Catalog catalog) {
        this.catalog = catalog;
        this.injectionSeverity = Severity.MAJOR;
    }

    /**
     * The {@value Finding#PROMPT_INJECTION} findings of a review of the template with these parameters: the
     * deterministic injection scan over its code parameters, at the configured severity.
     */
    public List<Finding> injectionFindings(ReviewTemplate review, JsonNode parameters) {
        return InjectionFindings.of(review.template(), parameters, injectionSeverity);
    }

    /** A review template with its checklist and schema. */
    public record ReviewTemplate(PromptTemplate template, ReviewChecklist checklist, FindingsSchema schema) {
    }

    /**
     * The review template of that id.
     *
     * @throws dev.designassistant.catalog.UnknownTemplateException no template has that id
     * @throws InvalidParametersException                           the template is not a code review
     */
    public ReviewTemplate require(String id) {
        PromptTemplate template = catalog.template(id);
        return find(template).orElseThrow(() -> new InvalidParametersException(id, List.of(new ParameterProblem(
                "template", "is not a code-review template; use one of " + String.join(", ", ids())))));
    }

    /** The review template of that id, if the catalog has one (a session's template may have been removed). */
    public Optional<ReviewTemplate> find(String id) {
        return catalog.find(id).flatMap(this::find);
    }

    private Optional<ReviewTemplate> find(PromptTemplate template) {
        // keyed by content hash: an edited template file (reload) gets its checklist read again
        return byContent.computeIfAbsent(template.id() + "@" + template.contentHash(), k -> read(template));
    }

    private static Optional<ReviewTemplate> read(PromptTemplate template) {
        if (!CATEGORY.equals(template.category())) {
            return Optional.empty();
        }
        return ReviewChecklist.of(template)
                .map(c -> new ReviewTemplate(template, c, FindingsSchema.forChecklist(c)));
    }

    private List<String> ids() {
        return catalog.templates().stream().filter(t -> CATEGORY.equals(t.category())).map(PromptTemplate::id).toList();
    }
}

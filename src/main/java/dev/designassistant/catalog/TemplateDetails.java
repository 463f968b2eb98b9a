package dev.designassistant.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A template's full schema: parameters with their examples, lint checks and the follow-up chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateDetails(String id, String section, String source, String title, String category,
                              String description, Set<LintCheck> lint, List<ParameterSpec> parameters,
                              Map<String, Object> example, List<FollowUpSummary> followUps, String contentHash) {

    /** A follow-up question of the chain. */
    public record FollowUpSummary(String id, int order, String title, List<String> parameters) {
        static FollowUpSummary of(PromptTemplate f) {
            return new FollowUpSummary(f.id(), f.order(), f.title(),
                    f.parameters().stream().map(ParameterSpec::name).toList());
        }
    }

    public static TemplateDetails of(PromptTemplate t, List<PromptTemplate> followUps) {
        return new TemplateDetails(t.id(), t.section(), t.source(), t.title(), t.category(), t.description(),
                t.lint(), t.parameters(), t.examples(), followUps.stream().map(FollowUpSummary::of).toList(),
                t.contentHash());
    }
}

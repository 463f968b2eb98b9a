package dev.designassistant.catalog;

/** One line of the catalog listing. */
public record TemplateSummary(String id, String section, String title, String category, String description,
                              int parameterCount) {

    static TemplateSummary of(PromptTemplate t) {
        return new TemplateSummary(t.id(), t.section(), t.title(), t.category(), t.description(), t.parameters().size());
    }
}

package dev.designassistant.review;

import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewChecklistTest {

    private final Catalog catalog = TestCatalog.real();

    @Test
    void should_read_each_section_8_checklist_from_the_template_body() {
        assertThat(checklist("pattern-code-review").texts()).containsExactly("Correct pattern implementation",
                "Error handling completeness", "Idempotency", "Race conditions", "Resource leaks", "Timeout handling",
                "Observability (logging, metrics, tracing)", "Testability");
        assertThat(checklist("saga-code-review").texts()).hasSize(8).first().isEqualTo("All steps have compensation");
        assertThat(checklist("circuit-breaker-review").texts()).hasSize(7).last().isEqualTo("Resource cleanup");
    }

    @Test
    void should_give_each_item_a_stable_sarif_rule_id_and_name() {
        ChecklistItem item = checklist("pattern-code-review").items().get(6);

        assertThat(item.number()).isEqualTo(7);
        assertThat(item.ruleId()).isEqualTo("pattern-code-review/observability-logging-metrics-tracing");
        assertThat(item.name()).isEqualTo("ObservabilityLoggingMetricsTracing");
    }

    @Test
    void should_find_no_checklist_in_a_design_template() {
        assertThat(ReviewChecklist.of(catalog.template("saga-design"))).isEmpty();
    }

    @Test
    void should_reject_a_finding_outside_the_checklist_through_the_schema() {
        FindingsSchema schema = FindingsSchema.forChecklist(checklist("saga-code-review"));

        FindingsReply reply = FindingsReply.read("""
                {"findings": [{"severity": "major", "title": "t", "explanation": "e", "suggestedFix": "f",
                               "checklistItem": "Race conditions"}]}""", schema);

        assertThat(reply.conforms()).isFalse();
        assertThat(reply.problems()).singleElement().asString().startsWith("$.findings[0].checklistItem");
    }

    private ReviewChecklist checklist(String id) {
        return ReviewChecklist.of(catalog.template(id)).orElseThrow();
    }
}

package dev.designassistant.review;

import dev.designassistant.catalog.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsReplyTest {

    private static final String TWO = """
            {"findings": [
              {"severity": "minor", "title": "a", "explanation": "e", "suggestedFix": "f", "checklistItem": "Idempotency"},
              {"severity": "critical", "title": "b", "explanation": "e", "suggestedFix": "f", "checklistItem": "Idempotency"},
              {"severity": "minor", "title": "c", "explanation": "e", "suggestedFix": "f", "checklistItem": "Testability"}
            ]}""";

    private final FindingsSchema schema = FindingsSchema.forChecklist(
            ReviewChecklist.of(TestCatalog.real().template("pattern-code-review")).orElseThrow());

    @Test
    void should_sort_findings_worst_first_keeping_the_llms_order_within_a_severity() {
        FindingsReply reply = FindingsReply.read(TWO, schema);

        assertThat(reply.conforms()).isTrue();
        assertThat(reply.findings()).extracting(Finding::title).containsExactly("b", "a", "c");
    }

    @Test
    void should_accept_one_code_fence_around_the_json() {
        assertThat(FindingsReply.read("```json\n" + TWO + "\n```", schema).conforms()).isTrue();
    }

    @Test
    void rejects_text_before_or_after_the_json() {
        assertThat(FindingsReply.read("Sure! " + TWO, schema).problems()).singleElement().asString()
                .startsWith("the reply is not JSON");
        assertThat(FindingsReply.read(TWO + "\nHope this helps!", schema).conforms()).isFalse();
    }

    @Test
    void rejects_a_reply_that_is_not_an_object_or_misses_required_fields() {
        assertThat(FindingsReply.read("[]", schema).conforms()).isFalse();
        assertThat(FindingsReply.read("", schema).conforms()).isFalse();
        assertThat(FindingsReply.read("{\"findings\": [{\"severity\": \"major\"}]}", schema).problems())
                .anyMatch(p -> p.contains("title")).anyMatch(p -> p.contains("checklistItem"));
    }
}

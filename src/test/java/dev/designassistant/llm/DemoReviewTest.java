package dev.designassistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoReviewTest {

    private static final String PROMPT = """
            Review this Saga implementation:

            ```java
            ==> src/OrderSaga.java <==
            class OrderSaga {}
            ```

            ## Answer format

            Reply with a single JSON object that conforms to this JSON schema, and nothing else:
            {"type": "object"}

            Checklist items (use the text exactly as "checklistItem"):
            - All steps have compensation
            - Compensations are idempotent
            - Observability
            """;

    @Test
    void should_answer_a_review_prompt_with_findings_json_on_its_checklist_and_first_file() throws Exception {
        String answer = DemoAnswer.compose(PROMPT, 1);

        JsonNode findings = new ObjectMapper().readTree(answer).get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.findValuesAsText("severity")).containsExactly("major", "minor");
        assertThat(findings.findValuesAsText("checklistItem")).containsExactly("All steps have compensation", "Observability");
        assertThat(findings.get(0).at("/location/file").asText()).isEqualTo("src/OrderSaga.java");
        assertThat(findings.get(0).get("explanation").asText()).contains("demo model");
    }

    @Test
    void should_answer_the_same_review_the_same_way() {
        assertThat(DemoAnswer.compose(PROMPT, 1)).isEqualTo(DemoAnswer.compose(PROMPT, 1));
    }

    @Test
    void should_answer_other_prompts_as_before() {
        assertThat(DemoAnswer.compose("Design a saga.\n\nProvide:\n1. Steps\n", 1)).startsWith("**Demo model answer**");
    }
}

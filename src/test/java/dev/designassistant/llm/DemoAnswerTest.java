package dev.designassistant.llm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAnswerTest {

    private static final String PROMPT = """
            Help me choose between Saga and Two-Phase Commit for this scenario:

            Business Context:
            - Operation: order placement
            - Services involved: Order, Payment

            Provide:
            1. Recommendation with justification
            2. Failure scenarios
            """;

    @Test
    void says_first_that_it_is_the_demo_model() {
        assertThat(DemoAnswer.compose(PROMPT, 1)).startsWith("**Demo model answer**")
                .contains("not a real LLM").contains("ASSISTANT_LLM_BASE_URL");
    }

    @Test
    void echoes_what_the_prompt_asks_for_as_headings() {
        String answer = DemoAnswer.compose(PROMPT, 1);

        assertThat(answer).contains("Brief: Help me choose between Saga and Two-Phase Commit for this scenario:")
                .contains("### 1. Recommendation with justification")
                .contains("### 2. Failure scenarios")
                .doesNotContain("### 1. Operation");
    }

    @Test
    void is_deterministic_and_marks_follow_ups() {
        assertThat(DemoAnswer.compose(PROMPT, 1)).isEqualTo(DemoAnswer.compose(PROMPT, 1));
        assertThat(DemoAnswer.compose("What about idempotency?", 3))
                .contains("Brief (follow-up 2): What about idempotency?")
                .contains("### Answer");
    }

    @Test
    void counts_about_four_characters_per_token() {
        assertThat(DemoAnswer.tokens("")).isZero();
        assertThat(DemoAnswer.tokens("abcdefgh")).isEqualTo(2);
        assertThat(DemoAnswer.tokens("abcdefghi")).isEqualTo(3);
    }
}

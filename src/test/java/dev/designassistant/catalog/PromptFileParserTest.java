package dev.designassistant.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptFileParserTest {

    private final PromptFileParser parser = new PromptFileParser();
    private final ObjectMapper json = new ObjectMapper();

    private static final String SAGA = """
            ---
            id: mini-saga
            section: "2.1"
            source: "2.1 Complete Saga Design"
            title: Mini saga
            category: saga
            description: A small saga.
            parameters:
              - name: transaction
                label: Business transaction
                type: string
                required: true
                example: order placement
              - name: services
                label: Services
                type: object-list
                required: true
                fields:
                  - { name: name, label: Service, type: string, required: true }
                  - { name: responsibility, label: Responsibility, type: string, required: true }
                example:
                  - { name: OrderService, responsibility: creates orders }
                  - { name: PaymentService, responsibility: charges cards }
              - name: count
                label: Count
                type: number
                example: 3
            ---
            Design a Saga for {transaction}.
            Services involved:
            {#for s in services}
            {s_count}. {s.name}: {s.responsibility}
            {/for}
            Count: {count}
            "data": \\{
            """;

    @Test
    void datamarking_is_off_unless_the_front_matter_turns_it_on() {
        assertThat(parser.parse("mini-saga.prompt.md", "mini-saga", SAGA, false).datamarking()).isFalse();
        String marked = SAGA.replace("description: A small saga.\n", "description: A small saga.\ndatamarking: true\n");

        assertThat(parser.parse("mini-saga.prompt.md", "mini-saga", marked, false).datamarking()).isTrue();
    }

    @Test
    void renders_loops_numbers_and_escaped_braces_with_the_examples() throws Exception {
        PromptTemplate template = parser.parse("mini-saga.prompt.md", "mini-saga", SAGA, false);

        String prompt = template.render(ParameterValidator.validate(template, json.valueToTree(template.examples())));

        assertThat(prompt).isEqualTo("""
                Design a Saga for order placement.
                Services involved:
                1. OrderService: creates orders
                2. PaymentService: charges cards
                Count: 3
                "data": {
                """);
    }

    @Test
    void reports_the_file_and_line_of_a_broken_qute_body() {
        String broken = SAGA.replace("{/for}", "{/if}");

        assertThatThrownBy(() -> parser.parse("mini-saga.prompt.md", "mini-saga", broken, false))
                .isInstanceOf(TemplateFileException.class)
                .hasMessageStartingWith("mini-saga.prompt.md:33: template body");
    }

    @Test
    void reports_the_line_of_an_unknown_front_matter_key() {
        String broken = SAGA.replace("category: saga", "categry: saga");

        assertThatThrownBy(() -> parser.parse("mini-saga.prompt.md", "mini-saga", broken, false))
                .isInstanceOf(TemplateFileException.class)
                .hasMessageContaining("mini-saga.prompt.md:6: front matter: unknown key 'categry'");
    }

    @Test
    void rejects_a_body_that_references_an_undeclared_parameter() {
        String broken = SAGA.replace("Count: {count}", "Count: {cont}");

        assertThatThrownBy(() -> parser.parse("mini-saga.prompt.md", "mini-saga", broken, false))
                .isInstanceOf(TemplateFileException.class)
                .hasMessageContaining("mini-saga.prompt.md:34: template body does not render with the examples");
    }
}

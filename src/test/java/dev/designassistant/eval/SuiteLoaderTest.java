package dev.designassistant.eval;

import dev.designassistant.brief.BriefRenderer;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.review.ReviewTemplates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shipped suites load and meet the numbers; a malformed suite is refused with file, line and problem. */
@QuarkusTest
class SuiteLoaderTest {

    @Inject
    Catalog catalog;
    @Inject
    ReviewTemplates reviews;
    @Inject
    BriefRenderer renderer;

    private SuiteLoader loader(Path dir) {
        return new SuiteLoader(dir, catalog, reviews, renderer);
    }

    private List<EvalSuite> shipped() {
        return loader(Path.of("evals")).load(List.of());
    }

    @Test
    void every_code_review_template_has_twelve_cases_three_of_them_clean_in_two_language_families() {
        List<String> reviewTemplates = catalog.templates().stream().map(PromptTemplate::id)
                .filter(id -> reviews.find(id).isPresent()).toList();
        assertThat(reviewTemplates).contains("saga-code-review", "circuit-breaker-review", "pattern-code-review");
        List<EvalCase> all = shipped().stream().flatMap(s -> s.cases().stream()).toList();
        for (String template : reviewTemplates) {
            List<EvalCase> cases = all.stream().filter(c -> c.template().equals(template)).toList();
            assertThat(cases).as(template).hasSizeGreaterThanOrEqualTo(12);
            assertThat(cases.stream().filter(c -> c.review().clean())).as(template + " clean").hasSizeGreaterThanOrEqualTo(3);
            assertThat(cases.stream().filter(c -> !c.review().clean()))
                    .allSatisfy(c -> assertThat(c.review().findings()).hasSizeBetween(1, 3));
            List<String> extensions = cases.stream().map(c -> c.review().file().replaceAll(".*\\.", "")).toList();
            assertThat(extensions).as(template + ": Java, Kotlin or Go").containsAnyOf("java", "kt", "go");
            assertThat(extensions).as(template + ": TypeScript or Python").containsAnyOf("ts", "py");
        }
    }

    @Test
    void every_category_of_the_catalog_has_five_brief_cases() {
        Map<String, String> categoryOf = catalog.templates().stream()
                .collect(Collectors.toMap(PromptTemplate::id, PromptTemplate::category));
        Map<String, Long> briefs = shipped().stream().flatMap(s -> s.cases().stream()).filter(c -> !c.isReview())
                .collect(Collectors.groupingBy(c -> categoryOf.get(c.template()), Collectors.counting()));
        catalog.templates().stream().map(PromptTemplate::category).filter(c -> !c.equals("code-review")).distinct()
                .forEach(category -> assertThat(briefs.getOrDefault(category, 0L)).as(category).isGreaterThanOrEqualTo(5));
    }

    @Test
    void every_planted_defect_points_at_code_lines_of_its_file_and_says_why() throws IOException {
        for (EvalCase c : shipped().stream().flatMap(s -> s.cases().stream()).filter(EvalCase::isReview).toList()) {
            List<String> lines = Files.readAllLines(Path.of("evals").resolve(c.review().file()));
            for (PlantedDefect d : c.review().findings()) {
                String at = c.id() + " " + d.describe();
                assertThat(d.lines().end()).as(at).isLessThanOrEqualTo(lines.size());
                assertThat(lines.get(d.lines().start() - 1)).as(at).isNotBlank();
                assertThat(lines.get(d.lines().end() - 1)).as(at).isNotBlank();
                assertThat(d.note()).as(at).isNotBlank();
            }
        }
    }

    @Test
    void a_review_case_sends_its_file_with_a_header_so_lines_count_from_the_line_after_it() {
        EvalCase c = shipped().stream().flatMap(s -> s.cases().stream())
                .filter(x -> x.id().equals("java-order-saga-missing-refund")).findFirst().orElseThrow();
        assertThat(c.parameters().get("code").asText())
                .startsWith("==> code/saga-code-review/OrderSaga.java <==\npackage shop.order;");
        assertThat(c.parameters().get("language").asText()).isEqualTo("java");
    }

    @Test
    void a_malformed_suite_gets_every_problem_with_its_file_and_line(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("code"));
        Files.writeString(dir.resolve("code/Saga.java"), "class Saga {\n\n    void run() {}\n}\n");
        Files.writeString(dir.resolve("bad.yaml"), """
                description: broken on purpose
                cases:
                  - id: Upper Case
                    template: saga-design
                    contians-all: [compensation]
                  - id: unknown-template
                    template: no-such-template
                  - id: review-lines
                    template: saga-code-review
                    code: code/Saga.java
                    parameters:
                      language: java
                    findings:
                      - item: Compensation everywhere
                        lines: "1"
                        note: not an item
                      - item: Timeout handling
                        lines: "2"
                        note: blank line
                      - item: Timeout handling
                        lines: "3-9"
                        note: past the end
                      - category: timeout
                        lines: "x"
                  - id: bad-check
                    template: retry-strategy
                    design-checks: [no-such-check]
                    min-length: many
                    regex: ["(unclosed"]
                  - id: missing-file
                    template: pattern-code-review
                    code: code/Nope.java
                    clean: true
                """);
        Files.writeString(dir.resolve("syntax.yaml"), "cases:\n  - id: a\n    template: [unclosed\n");

        InvalidSuiteException e = catchThrowableOfType(InvalidSuiteException.class,
                () -> loader(dir).load(List.of()));

        assertThat(e.problems()).contains(
                "bad.yaml:3: case id 'Upper Case' must be lower-case letters, digits, '.', '_' or '-'",
                "bad.yaml:7: no template 'no-such-template' in the catalog",
                "bad.yaml:18: 'lines' 2 start or end on a blank line of the code file: point them at the defect's code",
                "bad.yaml:21: 'lines' 3-9 run past the code file's 4 lines",
                "bad.yaml:24: 'lines' must be \"12\" or \"12-18\", not 'x'",
                "bad.yaml:23: 'note' is required",
                "bad.yaml:28: 'min-length' must be a whole number, 0 or more, not 'many'");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:5: unknown key 'contians-all' in a brief case"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:14: 'Compensation everywhere' is not an item of the template's checklist: All steps have compensation"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:27: design check 'no-such-check' is not a rule of template retry-strategy"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:29: regex '(unclosed' does not compile"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:32: code file 'code/Nope.java' does not exist"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("syntax.yaml:").contains("not valid YAML"));
    }

    @Test
    void a_suite_that_is_not_there_is_named_with_the_ones_that_are() {
        assertThatThrownBy(() -> loader(Path.of("evals")).load(List.of("nope")))
                .isInstanceOf(InvalidSuiteException.class).hasMessageContaining("no suite 'nope'; the suites are ")
                .hasMessageContaining("saga-code-review");
    }
}

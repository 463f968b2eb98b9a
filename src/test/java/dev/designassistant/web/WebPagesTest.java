package dev.designassistant.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in a real browser (Debian's chromium), against the service with the built-in demo model and access
 * control off (the test profile): catalog, every template's form, a brief run live, a follow-up, a code review,
 * field errors, the sessions list.
 */
@QuarkusTest
class WebPagesTest {

    private final ObjectMapper json = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private Browser.Tab tab() {
        return Browser.open(base.toString(), 1280);
    }

    @Test
    void the_catalog_shows_the_29_templates_by_category_and_the_filter_narrows_them() {
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            tab.visit("/");
            assertThat(page.locator(".template")).hasCount(29);
            assertThat(page.locator(".category h2").first()).hasText("Pattern selection");
            assertThat(page.locator("#filter-count")).hasText("29 templates");

            page.getByLabel("Filter templates").fill("idempot");

            assertThat(page.locator("#filter-count")).containsText("of 29 templates");
            List<String> shown = page.locator(".template:visible").allTextContents();
            assertThat(shown).isNotEmpty().hasSizeLessThan(29)
                    .allSatisfy(text -> assertThat(text.toLowerCase()).contains("idempot"));

            page.getByLabel("Filter templates").fill("no such template anywhere");
            assertThat(page.locator("#no-match")).isVisible();
            assertThat(tab.consoleErrors).isEmpty();
        }
        assertThat(given().get("/q/openapi?format=json").asString()).as("pages are not API")
                .contains("/api/briefs").doesNotContain("/sign-in").doesNotContain("/delete\"");
    }

    @Test
    void every_template_filled_with_use_example_previews_the_prompt_the_api_renders() throws Exception {
        JsonNode templates = json.readTree(given().get("/api/templates").asString());
        assertThat(templates.size()).isEqualTo(29);
        int checksShown = 0;
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            for (JsonNode template : templates) {
                String id = template.get("id").asText();
                boolean review = "code-review".equals(template.get("category").asText());
                WebActions.fillWithExample(tab, review ? "/review?template=" + id : "/templates/" + id);
                WebActions.press(page, "Preview prompt");
                page.locator("#preview-result:visible").waitFor();

                JsonNode example = json.readTree(given().get("/api/templates/" + id).asString()).get("example");
                JsonNode rendered = json.readTree(given().contentType(ContentType.JSON)
                        .body(Map.of("parameters", example)).post("/api/templates/" + id + "/render").asString());
                assertThat(page.locator("#prompt-text").textContent()).as(id).isEqualTo(rendered.get("prompt").asText());
                int checks = rendered.path("checks").size();
                assertThat(page.locator("#warnings .checks li").count()).as(id + ": the design checks beside the lint warnings")
                        .isEqualTo(checks);
                checksShown += checks;
            }
            assertThat(checksShown).as("some examples fire design checks").isPositive();
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    @Test
    void a_saga_brief_runs_with_its_seven_steps_shown_and_an_own_follow_up_is_answered_in_the_page() {
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            WebActions.runExample(tab, "saga-design");
            assertThat(page.locator(".chain")).hasAttribute("data-status", "done");
            assertThat(page.locator(".step.step-done")).hasCount(7);
            assertThat(page.locator(".step-heading").first()).containsText("Design answer");
            assertThat(page.locator(".step .answer").first()).containsText("demo");

            page.getByLabel("Your question").fill("Which step needs a human in the loop?");
            WebActions.press(page, "Ask");

            assertThat(page.locator(".step.step-done")).hasCount(8);
            Locator own = page.locator(".step").last();
            assertThat(own.locator(".question")).hasText("Which step needs a human in the loop?");
            assertThat(own.locator(".answer")).not().isEmpty();
            assertThat(page.getByLabel("Your question")).isEmpty();
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    @Test
    void follow_ups_can_be_switched_off_and_own_questions_and_the_failure_join_the_chain() {
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            WebActions.fillWithExample(tab, "/templates/saga-design");
            page.getByLabel("Operational runbooks").uncheck();
            page.getByLabel("Migration path").uncheck();
            WebActions.press(page, "Add your own question");
            page.getByLabel("Your question 1", new Page.GetByLabelOptions().setExact(true)).fill("Which step needs a compensation timeout?");
            page.getByLabel("Failure to ask about").fill("the payment provider times out after charging");

            WebActions.press(page, "Run");

            page.waitForURL("**/sessions/*");
            assertThat(page.locator(".step.step-done")).hasCount(6);
            assertThat(page.locator(".step .question").first())
                    .containsText("the payment provider times out after charging");
            assertThat(page.locator(".step .question").last()).hasText("Which step needs a compensation timeout?");
        }
    }

    @Test
    void the_form_shows_the_estimate_before_run_and_updates_it_when_the_ledger_or_follow_ups_are_switched() {
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            WebActions.fillWithExample(tab, "/templates/saga-design");
            Locator estimate = page.locator("#estimate");
            // the test profile has the ledger off by default: the brief and its six follow-ups
            assertThat(estimate).containsText("Estimate: 7 calls");
            assertThat(page.getByLabel("Consistency ledger")).not().isChecked();

            page.getByLabel("Consistency ledger").check();
            assertThat(estimate).containsText("Estimate: 8 calls");

            for (Locator box : page.locator("input[name=followUp]").all()) {
                box.uncheck();
            }
            assertThat(estimate).containsText("Estimate: 2 calls");

            WebActions.press(page, "Run");
            page.waitForURL("**/sessions/*");
            assertThat(page.locator(".step.step-done")).hasCount(2);
            assertThat(page.locator(".step-heading").last()).containsText("Consistency ledger");
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    @Test
    void problems_the_service_finds_are_shown_at_their_fields_all_at_once() {
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            WebActions.fillWithExample(tab, "/templates/saga-design");
            page.getByLabel("Business transaction").fill("");
            page.locator("#p-services-1-name").fill("");

            WebActions.press(page, "Run");

            assertThat(page.locator("#form-problems")).containsText("2 fields need attention");
            assertThat(page.locator("#p-businessTransaction-error")).isVisible();
            assertThat(page.locator("#p-businessTransaction")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#p-services-1-name-error")).isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/templates/saga-design$"));
        }
    }

    @Test
    void a_review_of_uploaded_code_shows_its_findings_worst_first_and_downloads_sarif() throws Exception {
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            tab.visit("/review?template=pattern-code-review");
            page.locator("form.brief[data-ready=true]").waitFor();
            page.getByLabel("Upload files").setInputFiles(Path.of("examples/InventoryLock.java"));
            assertThat(page.locator("textarea.code")).hasValue(java.util.regex.Pattern.compile("^==> InventoryLock.java <==\n"));
            page.getByLabel(java.util.regex.Pattern.compile("^Pattern")).fill("a Redis distributed lock");

            WebActions.press(page, "Review");

            assertThat(page.locator("#counts")).hasText("2 finding(s): 0 critical, 1 major, 1 minor.");
            assertThat(page.locator("#findings .finding")).hasCount(2);
            assertThat(page.locator("#findings .finding .badge")).hasText(new String[]{"major", "minor"});
            assertThat(page.locator("#findings .finding").first()).containsText("Checklist:");
            assertThat(page.locator("#findings .finding").first()).containsText("Suggested fix:");

            Download download = page.waitForDownload(() -> page.getByText("Download SARIF").click());
            JsonNode sarif = json.readTree(Files.readString(download.path()));
            assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
            assertThat(sarif.at("/runs/0/results").size()).isEqualTo(2);
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    @Test
    void sessions_are_listed_opened_reported_and_deleted_after_a_confirmation() throws Exception {
        String id = given().contentType(ContentType.JSON).header("Prefer", "wait=30")
                .body(Map.of("template", "outbox-pattern", "parameters", example("outbox-pattern"), "followUps", false))
                .post("/api/briefs").then().statusCode(200).extract().path("sessionId");
        try (Browser.Tab tab = tab()) {
            Page page = tab.page;
            tab.visit("/sessions");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("a[href='/sessions/" + id + "']")));
            assertThat(row).containsText("outbox-pattern");
            assertThat(row).containsText("done");

            row.getByText("Open").click();
            assertThat(page.locator("h1")).containsText("Outbox");
            Download markdown = page.waitForDownload(() -> page.getByText("Download Markdown").click());
            assertThat(Files.readString(markdown.path())).startsWith("# ");
            Download report = page.waitForDownload(() -> page.getByText("Download JSON").click());
            assertThat(json.readTree(Files.readString(report.path())).get("sessionId").asText()).isEqualTo(id);

            tab.visit("/sessions/" + id + "/report");
            assertThat(page.locator("h1")).containsText("Outbox");
            assertThat(tab.consoleErrors).as("the report's own style is allowed by its policy").isEmpty();

            tab.visit("/sessions");
            page.locator("a[href='/sessions/" + id + "/delete']").click();
            assertThat(page.locator("h1")).hasText("Delete this session?");
            WebActions.press(page, "Delete session");

            page.waitForURL("**/sessions");
            assertThat(page.locator("a[href='/sessions/" + id + "']")).hasCount(0);
            given().get("/api/sessions/" + id).then().statusCode(404);
            tab.visit("/sessions/" + id);
            assertThat(page.locator("main")).containsText("Session not found");
        }
    }

    private JsonNode example(String id) throws Exception {
        return json.readTree(given().get("/api/templates/" + id).asString()).get("example");
    }
}

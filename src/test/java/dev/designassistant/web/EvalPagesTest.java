package dev.designassistant.web;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Evaluations" page in a real browser on the demo model: start a run of one suite, watch it finish (the page
 * reloads itself, no script), read the scorecard and the chart, then compare it with a second run.
 */
@QuarkusTest
class EvalPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void a_run_started_from_the_page_is_watched_to_its_scorecard_and_compared_with_another() {
        try (Browser.Tab tab = Browser.open(base.toString(), 1280)) {
            Page page = tab.page;
            String first = start(tab, "saga-code-review");
            assertThat(page.locator(".lead")).containsText("finished 12 of 12 cases answered",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("table.sessions tbody tr").first()).containsText("saga-code-review");
            assertThat(page.locator("table.sessions tbody tr").first()).containsText("26% (5/19)");
            assertThat(page.locator("h2").nth(1)).hasText("Failed cases (12)");
            Object chartWidth = page.locator(".chart img").evaluate("img => img.complete ? img.naturalWidth : -1");
            assertThat(((Number) chartWidth).intValue()).isPositive();

            String second = start(tab, "briefs-saga");
            assertThat(page.locator(".lead")).containsText("finished",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

            tab.visit("/evals");
            page.locator("input[name=a][value='" + first + "']").check();
            page.locator("input[name=b][value='" + second + "']").check();
            page.locator("#compare").click();
            page.waitForURL("**/evals/compare?**");
            assertThat(page.locator("h2").nth(2)).hasText("Cases whose verdict changed (6)");
            assertThat(page.locator("table.sessions").last()).containsText("briefs-saga/saga-design-order-flow [default]");
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    private static String start(Browser.Tab tab, String suite) {
        Page page = tab.page;
        tab.visit("/evals");
        page.getByLabel(suite, new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#start-eval").click();
        page.waitForURL("**/evals/*-*");
        return page.url().replaceAll(".*/evals/", "");
    }
}

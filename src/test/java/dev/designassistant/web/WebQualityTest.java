package dev.designassistant.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality of the pages in the browser, at a desktop (1280 px) and a phone (390 px) width: axe-core finds no
 * accessibility violation, no page loads more than 150 kB of script and style, the Content-Security-Policy blocks
 * nothing the pages need (no console error). Screenshots of every page land in target/web-screenshots.
 */
@QuarkusTest
class WebQualityTest {

    private static final long ASSET_BUDGET = 150_000;
    private static final Path SHOTS = Path.of("target/web-screenshots");

    private final ObjectMapper json = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void every_page_is_accessible_light_and_within_its_content_security_policy_at_both_widths() throws Exception {
        String session = given().contentType(ContentType.JSON).header("Prefer", "wait=30")
                .body(Map.of("template", "saga-design", "parameters", example("saga-design")))
                .post("/api/briefs").then().statusCode(200).extract().path("sessionId");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("catalog", "/");
        pages.put("form", "/templates/saga-design");
        pages.put("session", "/sessions/" + session);
        pages.put("review", "/review?template=pattern-code-review");
        pages.put("sessions", "/sessions");
        pages.put("evaluations", "/evals");
        Files.createDirectories(SHOTS);
        StringBuilder figures = new StringBuilder();
        for (int width : new int[]{1280, 390}) {
            for (Map.Entry<String, String> entry : pages.entrySet()) {
                try (Browser.Tab tab = Browser.open(base.toString(), width)) {
                    Page page = tab.page;
                    long bytes = tab.visit(entry.getValue());
                    prepare(entry.getKey(), page);

                    assertThat(bytes).as("script and style bytes of %s", entry.getKey()).isPositive()
                            .isLessThan(ASSET_BUDGET);
                    assertThat(violations(page)).as("axe-core on %s at %d px", entry.getKey(), width).isEmpty();
                    assertThat(tab.consoleErrors).as("console of %s", entry.getKey()).isEmpty();
                    assertThat(horizontalOverflow(page)).as("%s fits %d px", entry.getKey(), width).isFalse();
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(SHOTS.resolve(entry.getKey() + "-" + width + ".png")));
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(SHOTS.resolve(entry.getKey() + "-" + width + "-top.png")));
                    if (width == 1280) {
                        figures.append(String.format("%-9s %6.1f kB script+style%n", entry.getKey(), bytes / 1000.0));
                    }
                }
            }
        }
        Files.writeString(SHOTS.resolve("asset-bytes.txt"), figures);
        System.out.print("Web page script+style per page:\n" + figures);
    }

    /** A screenshot of what the page shows now, for a person to look at (target/web-screenshots). */
    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + ".png")));
    }

    /** Brings a page to what a user sees: the forms filled with the example, the review answered. */
    private static void prepare(String name, Page page) {
        if (name.equals("form") || name.equals("review")) {
            page.locator("form.brief[data-ready=true]").waitFor();
            WebActions.press(page, "Use example");
        }
        if (name.equals("review")) {
            WebActions.press(page, "Review");
            page.locator("#findings .finding").first().waitFor();
        }
    }

    /** What axe-core finds wrong on the page as it is now: id, impact, help and where, per violation. */
    static JsonNode violations(Page page) throws Exception {
        page.evaluate(Browser.axe());
        String found = (String) page.evaluate("async () => { const r = await axe.run(document, "
                + "{ resultTypes: ['violations'] }); return JSON.stringify(r.violations.map(v => ({ id: v.id, "
                + "impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))); }");
        return new ObjectMapper().readTree(found);
    }

    private static boolean horizontalOverflow(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    private JsonNode example(String id) throws Exception {
        return json.readTree(given().get("/api/templates/" + id).asString()).get("example");
    }
}

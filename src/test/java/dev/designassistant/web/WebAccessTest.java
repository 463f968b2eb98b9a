package dev.designassistant.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SameSiteAttribute;
import dev.designassistant.api.AccessProfiles;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page with access control on (clients alice and bob) and WireMock as the LLM: sign-in and sign-out, the
 * CSRF checks, another client's session, a step that fails while the LLM is down and is resumed, and an answer
 * that tries to run script.
 */
@QuarkusTest
@TestProfile(WebAccessTest.SignedInWithWireMock.class)
class WebAccessTest {

    /** Two clients, WireMock as the LLM, one attempt per call (a down LLM fails the step at once). */
    public static class SignedInWithWireMock extends AccessProfiles.TwoClients {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("assistant.llm.api-key", "sk-web-test");
            config.put("assistant.llm.retry.max-attempts", "1");
            config.put("assistant.llm.circuit-breaker.minimum-number-of-calls", "1000");
            config.put("assistant.llm.circuit-breaker.sliding-window-size", "1000");
            config.put("assistant.llm.timeout", "10s");
            return config;
        }

        @Override
        public List<QuarkusTestProfile.TestResourceEntry> testResources() {
            return List.of(new QuarkusTestProfile.TestResourceEntry(WireMockLlm.class));
        }
    }

    @InjectWireMock
    WireMockServer llm;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void answerWell() {
        answer("A sound design: **orchestrate** the saga and make every step idempotent.");
    }

    @Test
    void a_browser_signs_in_with_its_api_key_keeps_only_a_signed_cookie_and_signs_out() throws Exception {
        try (Browser.Tab tab = Browser.open(base.toString(), 1280)) {
            Page page = tab.page;
            tab.visit("/sessions");
            assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?next=%2Fsessions$"));

            WebQualityTest.screenshot(page, "sign-in-1280");
            assertThat(WebQualityTest.violations(page)).as("axe-core on the sign-in page").isEmpty();
            page.getByLabel("API key").fill("not-a-key");
            WebActions.press(page, "Sign in");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("not valid");

            page.getByLabel("API key").fill(AccessProfiles.ALICE_KEY);
            WebActions.press(page, "Sign in");

            assertThat(page).hasURL(Pattern.compile(".*/sessions$"));
            assertThat(page.locator(".who")).hasText("Signed in as alice");
            Cookie cookie = tab.context.cookies().stream().filter(c -> c.name.equals("da_session")).findFirst().orElseThrow();
            assertThat(cookie.httpOnly).isTrue();
            assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.STRICT);
            assertThat(cookie.value).doesNotContain(AccessProfiles.ALICE_KEY);
            assertThat(page.content()).doesNotContain(AccessProfiles.ALICE_KEY);
            assertThat(page.url()).doesNotContain(AccessProfiles.ALICE_KEY);
            assertThat((Object) page.evaluate("() => document.cookie + JSON.stringify(localStorage)"))
                    .asString().doesNotContain(AccessProfiles.ALICE_KEY).doesNotContain("da_session");

            WebActions.press(page, "Sign out");

            assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
            tab.visit("/");
            assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?next=%2F$"));
        }
    }

    @Test
    void the_page_api_calls_and_forms_need_the_sign_ins_csrf_token() {
        String session = aliceBrief();
        try (Browser.Tab tab = signedIn(AccessProfiles.ALICE_KEY)) {
            APIResponse noToken = tab.context.request().post("/api/sessions/" + session + "/chain/resume");
            assertThat(noToken.status()).isEqualTo(403);
            assertThat(noToken.text()).contains("/problems/csrf");

            APIResponse forged = tab.context.request().post("/sessions/" + session + "/delete",
                    RequestOptions.create().setForm(FormData.create().set("csrf", "forged")));
            assertThat(forged.status()).isEqualTo(403);
            given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).get("/api/sessions/" + session)
                    .then().statusCode(200);
        }
    }

    @Test
    void another_clients_session_typed_into_the_address_bar_is_not_found() {
        String bobs = given().header("Authorization", "Bearer " + AccessProfiles.BOB_KEY).contentType(ContentType.JSON)
                .header("Prefer", "wait=30")
                .body(Map.of("template", "outbox-pattern", "parameters", example("outbox-pattern"), "followUps", false))
                .post("/api/briefs").then().statusCode(200).extract().path("sessionId");
        try (Browser.Tab tab = signedIn(AccessProfiles.ALICE_KEY)) {
            Page page = tab.page;
            tab.visit("/sessions/" + bobs);
            assertThat(page.locator("main")).containsText("Session not found");
            assertThat(tab.context.request().get("/sessions/" + bobs + "/steps").status()).isEqualTo(404);
            assertThat(tab.context.request().get("/sessions/" + bobs + "/report.md").status()).isEqualTo(404);
            assertThat(tab.context.request().get("/api/sessions/" + bobs).status()).isEqualTo(404);
            tab.visit("/sessions");
            assertThat(page.locator("a[href='/sessions/" + bobs + "']")).hasCount(0);
        }
    }

    @Test
    void a_step_that_fails_while_the_llm_is_down_shows_its_reason_and_resumes_live_to_the_seventh_step() {
        llmDown();
        try (Browser.Tab tab = signedIn(AccessProfiles.ALICE_KEY)) {
            Page page = tab.page;
            WebActions.runExample(tab, "saga-design");
            assertThat(page.locator(".chain")).hasAttribute("data-status", "failed");
            assertThat(page.locator(".step-failed .reason")).containsText("This step failed:");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume").setExact(true))).isVisible();
            WebQualityTest.screenshot(page, "session-failed-1280");

            answer("Back again: compensate in reverse order.");
            WebActions.press(page, "Resume");

            assertThat(page.locator(".step.step-done")).hasCount(7);
            assertThat(page.locator(".chain")).hasAttribute("data-status", "done");
            assertThat(page.locator(".step .answer").last()).containsText("compensate in reverse order");
            assertThat(tab.consoleErrors).isEmpty();
        }
    }

    @Test
    void when_the_event_stream_is_cut_the_page_reads_the_session_instead_and_still_shows_every_step() {
        llmDown();
        try (Browser.Tab tab = signedIn(AccessProfiles.ALICE_KEY)) {
            Page page = tab.page;
            page.route("**/api/sessions/*/events", route -> route.abort());
            WebActions.runExample(tab, "saga-design");
            assertThat(page.locator(".chain")).hasAttribute("data-status", "failed");

            answer("Answered without a live stream.");
            WebActions.press(page, "Resume");

            assertThat(page.locator(".step.step-done")).hasCount(7);
            assertThat(page.locator(".chain")).hasAttribute("data-status", "done");
        }
    }

    @Test
    void an_own_question_the_llm_cannot_answer_says_what_to_do_and_offers_resume() {
        String session = aliceBrief();
        llmDown();
        try (Browser.Tab tab = signedIn(AccessProfiles.ALICE_KEY)) {
            Page page = tab.page;
            tab.visit("/sessions/" + session);
            page.getByLabel("Your question").fill("What do we alert on?");
            WebActions.press(page, "Ask");

            assertThat(page.locator("#ask-problems")).hasText(
                    Pattern.compile("The language model cannot be reached right now\\. Try again in (\\d+ seconds|a minute)\\."));
            assertThat(page.locator(".step").last()).hasAttribute("data-status", "failed");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume").setExact(true))).isVisible();
            assertThat(page.locator("#ask")).isDisabled();
        }
    }

    @Test
    void an_answer_with_script_and_an_img_onerror_is_shown_as_text_and_nothing_runs() {
        answer("Careful: <script>window.__ran = 'script'; alert(1)</script> and "
                + "<img src=x onerror=\"window.__ran = 'img'; alert(2)\"> are just text here.");
        try (Browser.Tab tab = signedIn(AccessProfiles.ALICE_KEY)) {
            Page page = tab.page;
            WebActions.fillWithExample(tab, "/templates/outbox-pattern");
            for (var box : page.locator("input[name=followUp]").all()) {
                box.uncheck();
            }
            WebActions.press(page, "Run");

            page.waitForURL("**/sessions/*");
            assertThat(page.locator(".step.step-done")).hasCount(1);
            assertThat(page.locator(".answer")).containsText("<script>window.__ran = 'script'; alert(1)</script>");
            assertThat(page.locator(".answer")).containsText("<img src=x onerror=");
            assertThat(page.locator(".answer script, .answer img")).hasCount(0);
            assertThat((Object) page.evaluate("() => window.__ran")).isNull();
            assertThat(tab.dialogs).isEmpty();

            page.reload(); // and once more through the live fragment
            assertThat((Object) page.evaluate("() => window.__ran")).isNull();
            assertThat(tab.dialogs).isEmpty();
        }
    }

    @Test
    void every_html_document_the_browser_gets_signed_in_or_out_error_pages_and_reports_carries_the_security_headers() {
        String session = aliceBrief();
        try (Browser.Tab tab = Browser.open(base.toString(), 1280)) {
            tab.visit("/sessions?q=a%7Cb"); // signed out: to the sign-in page, the odd return path kept
            tab.page.getByLabel("API key").fill("not-a-key");
            WebActions.press(tab.page, "Sign in"); // the 401 page
            tab.page.getByLabel("API key").fill(AccessProfiles.ALICE_KEY);
            WebActions.press(tab.page, "Sign in");
            assertThat(tab.page).hasURL(Pattern.compile(".*/sessions\\?q=a%7Cb$"));
            tab.visit("/");
            tab.visit("/templates/saga-design");
            tab.visit("/sessions/" + session);
            tab.visit("/sessions/" + session + "/report");
            tab.visit("/api/sessions/" + session + "/report?format=html");
            tab.visit("/sessions/" + java.util.UUID.randomUUID()); // the 404 page
            tab.visit("/templates/no-such-template");

            List<String> seen = tab.documents.stream().map(Browser.Document::what).toList();
            assertThat(seen).anyMatch(d -> d.contains("/sign-in?next=") && d.endsWith(" 200"))
                    .anyMatch(d -> d.startsWith("POST") && d.endsWith(" 401"))
                    .anyMatch(d -> d.contains("/sessions/" + session + "/report 200"))
                    .anyMatch(d -> d.contains("/report?format=html 200"))
                    .anyMatch(d -> d.endsWith(" 404"));
            Browser.assertSecured(tab.documents);
        }
    }

    private Browser.Tab signedIn(String key) {
        Browser.Tab tab = Browser.open(base.toString(), 1280);
        tab.visit("/sign-in");
        tab.page.getByLabel("API key").fill(key);
        WebActions.press(tab.page, "Sign in");
        assertThat(tab.page.locator(".who")).isVisible();
        return tab;
    }

    private String aliceBrief() {
        return given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).contentType(ContentType.JSON)
                .header("Prefer", "wait=30")
                .body(Map.of("template", "outbox-pattern", "parameters", example("outbox-pattern"), "followUps", false))
                .post("/api/briefs").then().statusCode(200).extract().path("sessionId");
    }

    private Object example(String id) {
        return given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).get("/api/templates/" + id)
                .then().statusCode(200).extract().path("example");
    }

    private void answer(String content) {
        llm.resetAll();
        String body = "{\"id\":\"web\",\"object\":\"chat.completion\",\"created\":1735689600,\"model\":\"web-test\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}}";
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private void llmDown() {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}")));
    }
}

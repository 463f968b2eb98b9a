package dev.designassistant.web;

import dev.designassistant.api.AccessProfiles;
import dev.designassistant.api.SecurityHeaders;
import dev.designassistant.api.SignOuts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The web page's own surfaces over plain HTTP, with access control on: every HTML answer (pages signed in and out,
 * sign-in, 401/403/404 pages, both HTML reports) carries the security headers; sign-in returns to any {@code next}
 * safely with a relative {@code Location}; sign-out ends a cookie for every copy of it; the page's API calls refuse
 * another site; an encoded slash is no path separator.
 */
@QuarkusTest
@TestProfile(AccessProfiles.TwoClients.class)
class PageSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @Inject
    SignOuts signOuts;

    private String session;

    @BeforeEach
    void aliceHasASession() {
        session = given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", example(), "followUps", false))
                .post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).get("/api/sessions/" + session)
                .then().body("status", equalTo("done")));
    }

    @Test
    void every_html_answer_signed_in_or_out_error_pages_and_reports_included_carries_the_security_headers() {
        String cookie = signIn(AccessProfiles.ALICE_KEY);
        Map<String, Supplier<Response>> answers = new LinkedHashMap<>();
        answers.put("sign-in page", () -> given().get("/sign-in?next=/sessions"));
        answers.put("401 wrong key", () -> given().formParam("apiKey", "wrong").post("/sign-in"));
        answers.put("403 sign-in from another site", () -> given().header("Origin", "https://evil.example")
                .formParam("apiKey", AccessProfiles.ALICE_KEY).post("/sign-in"));
        answers.put("catalog", () -> page(cookie).get("/"));
        answers.put("brief form", () -> page(cookie).get("/templates/saga-design"));
        answers.put("review form", () -> page(cookie).get("/review"));
        answers.put("sessions", () -> page(cookie).get("/sessions"));
        answers.put("session", () -> page(cookie).get("/sessions/" + session));
        answers.put("steps", () -> page(cookie).get("/sessions/" + session + "/steps"));
        answers.put("delete confirmation", () -> page(cookie).get("/sessions/" + session + "/delete"));
        answers.put("404 template", () -> page(cookie).get("/templates/no-such-template"));
        answers.put("404 session", () -> page(cookie).get("/sessions/" + UUID.randomUUID()));
        answers.put("403 forged delete", () -> page(cookie).formParam("csrf", "forged")
                .post("/sessions/" + session + "/delete"));
        answers.put("403 forged sign-out", () -> page(cookie).formParam("csrf", "forged").post("/sign-out"));
        answers.put("page report", () -> page(cookie).get("/sessions/" + session + "/report"));
        answers.put("API report ?format=html", () -> given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY)
                .get("/api/sessions/" + session + "/report?format=html"));
        answers.put("API report by Accept", () -> given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY)
                .accept("text/html").get("/api/sessions/" + session + "/report"));

        answers.forEach((name, call) -> {
            Response answer = call.get();
            assertThat(answer.contentType()).as(name).startsWith("text/html");
            assertThat(answer.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(name).isEqualTo("DENY");
            assertThat(answer.header("Cache-Control")).as(name).isEqualTo("no-store");
            assertThat(answer.header("Referrer-Policy")).as(name).isEqualTo("same-origin");
            assertThat(answer.headers().getValues("Content-Security-Policy")).as(name).hasSize(1);
            String policy = answer.header("Content-Security-Policy");
            if (name.contains("report")) {
                assertThat(policy).as(name).matches("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; "
                        + "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            } else {
                assertThat(policy).as(name).isEqualTo(SecurityHeaders.PAGE_POLICY).isEqualTo(
                        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
            }
        });
    }

    @Test
    void sign_in_returns_to_any_next_as_a_relative_path_of_this_site_or_the_catalog_never_an_error() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/sessions?q=a b", "/sessions?q=a%20b");
        expected.put("/templates/a|b", "/templates/a%7Cb");
        expected.put("/sessions?q=<script>", "/sessions?q=%3Cscript%3E");
        expected.put("/sessions#top", "/sessions#top");
        expected.put("/sessions#a#b", "/sessions#a%23b");
        expected.put("/sessions?q=100%", "/sessions?q=100%25");
        expected.put("/sessions?q=%41", "/sessions?q=%41");
        expected.put("/sessions?q=é\"{}^`\\", "/sessions?q=%C3%A9%22%7B%7D%5E%60%5C");
        expected.put("/\t/evil.example", "/%09/evil.example");
        expected.put("//evil.example", "/");
        expected.put("/\\evil.example", "/");
        expected.put("https://evil.example/", "/");
        expected.put("javascript:alert(1)", "/");
        expected.put("/sign-out", "/");
        expected.put("", "/");
        expected.forEach((next, location) -> {
            Response answer = given().redirects().follow(false).header("Host", "evil.example")
                    .formParam("apiKey", AccessProfiles.ALICE_KEY).formParam("next", next).post("/sign-in");
            assertThat(answer.statusCode()).as(next).isEqualTo(303);
            assertThat(answer.header("Location")).as(next).isEqualTo(location);
            assertThat(URI.create(answer.header("Location")).getHost()).as(next).isNull();
            assertThat(answer.cookie("da_session")).as(next).isNotBlank();
        });
    }

    @Test
    void a_signed_out_page_sends_to_sign_in_with_a_relative_location_whatever_the_host_header() {
        Response answer = given().redirects().follow(false).header("Host", "evil.example")
                .urlEncodingEnabled(false).get("/sessions?q=a%7Cb%20c");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/sign-in?next=%2Fsessions%3Fq%3Da%257Cb%2520c");

        Response signedIn = given().redirects().follow(false).header("Host", "evil.example")
                .formParam("apiKey", AccessProfiles.ALICE_KEY).formParam("next", "/sessions?q=a%7Cb%20c")
                .post("/sign-in");
        assertThat(signedIn.header("Location")).isEqualTo("/sessions?q=a%7Cb%20c");
    }

    @Test
    void sign_out_ends_the_cookie_for_every_copy_of_it_until_it_would_have_expired() {
        String cookie = signIn(AccessProfiles.ALICE_KEY);
        String copy = cookie; // as another browser, or another instance behind the load balancer, would hold it
        page(copy).get("/api/sessions").then().statusCode(200);

        page(cookie).formParam("csrf", csrf(cookie)).post("/sign-out").then().statusCode(303);

        page(copy).get("/api/sessions").then().statusCode(401);
        Response pageAfter = page(copy).get("/sessions");
        assertThat(pageAfter.statusCode()).isEqualTo(303);
        assertThat(pageAfter.header("Location")).startsWith("/sign-in");
        assertThat(signOuts.purgeExpired()).as("the record stays while the cookie could still be used").isZero();
        page(copy).get("/api/sessions").then().statusCode(401);

        String fresh = signIn(AccessProfiles.ALICE_KEY);
        page(fresh).get("/api/sessions").then().statusCode(200);
    }

    @Test
    void a_sign_out_record_is_kept_while_its_cookie_could_be_used_and_purged_once_it_has_expired() {
        String expired = "expired-" + UUID.randomUUID();
        String live = "live-" + UUID.randomUUID();
        signOuts.revoke(expired, Instant.now().minusSeconds(1));
        signOuts.revoke(live, Instant.now().plus(Duration.ofHours(8)));
        signOuts.revoke(live, Instant.now().plus(Duration.ofHours(8))); // a second sign-out of the same cookie

        assertThat(signOuts.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(signOuts.revoked(expired)).as("purged: the cookie is refused for its age alone").isFalse();
        assertThat(signOuts.revoked(live)).isTrue();
    }

    @Test
    void the_page_api_calls_refuse_another_site_as_its_forms_do() {
        String cookie = signIn(AccessProfiles.ALICE_KEY);
        String token = csrf(cookie);
        page(cookie).header("Sec-Fetch-Site", "same-origin").get("/api/sessions").then().statusCode(200);
        for (Map.Entry<String, String> header : List.of(Map.entry("Sec-Fetch-Site", "cross-site"),
                Map.entry("Sec-Fetch-Site", "same-site"), Map.entry("Origin", "https://evil.example"))) {
            page(cookie).header(header.getKey(), header.getValue()).get("/api/sessions")
                    .then().statusCode(403).contentType("application/problem+json");
            page(cookie).header(header.getKey(), header.getValue()).header("X-CSRF-Token", token)
                    .post("/api/sessions/" + session + "/chain/resume")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void an_encoded_slash_is_part_of_a_segment_so_an_unknown_template_is_404_not_another_routes_405() {
        given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).urlEncodingEnabled(false)
                .get("/api/templates/a%2Frender").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).urlEncodingEnabled(false)
                .get("/api/templates/saga-design%2Fschema").then().statusCode(404);
        given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).urlEncodingEnabled(false)
                .get("/api/templates/saga-design/schema").then().statusCode(200);
    }

    private static Map<?, ?> example() {
        return given().header("Authorization", "Bearer " + AccessProfiles.ALICE_KEY).get("/api/templates/saga-design")
                .then().statusCode(200).extract().path("example");
    }

    private static RequestSpecification page(String cookie) {
        return given().redirects().follow(false).cookie("da_session", cookie);
    }

    private static String signIn(String key) {
        return given().redirects().follow(false).formParam("apiKey", key).post("/sign-in")
                .then().statusCode(303).extract().cookie("da_session");
    }

    private static String csrf(String cookie) {
        Matcher m = CSRF.matcher(page(cookie).get("/sessions").asString());
        assertThat(m.find()).as("the page's CSRF token").isTrue();
        return m.group(1);
    }
}

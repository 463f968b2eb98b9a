package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The HTTP details a client relies on: Allow on every 405, and 406 and 415 that say what is accepted. */
@QuarkusTest
class HttpDetailsTest {

    @Inject
    Routes routes;

    @Test
    void every_405_of_the_api_carries_the_methods_the_path_allows() {
        int seen = 0;
        for (Routes.Route route : routes.all()) {
            String path = route.template().replaceAll("\\{[^}]+}", "x");
            String allowed = String.join(", ", routes.allowed(path));
            String wrong = allowed.contains("PUT") ? "PATCH" : "PUT";
            io.restassured.response.Response response = given().contentType("application/json").body("{}")
                    .when().request(wrong, path);
            if (response.statusCode() != 405) {
                continue; // a path whose methods live in several classes gets 404 from RESTEasy (issue 14)
            }
            seen++;
            response.then()
                    .contentType("application/problem+json")
                    .header("Allow", equalTo(allowed))
                    .body("type", equalTo("/problems/http-405"))
                    .body("detail", equalTo(wrong + " is not supported here; this resource answers " + allowed));
        }
        assertThat(seen).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_routes_cover_the_api_with_head_and_options_where_they_belong() {
        assertThat(routes.allowed("/api/briefs")).containsExactly("OPTIONS", "POST");
        assertThat(routes.allowed("/api/sessions/abc")).containsExactly("DELETE", "GET", "HEAD", "OPTIONS");
        assertThat(routes.allowed("/api/templates/saga-design/schema")).containsExactly("GET", "HEAD", "OPTIONS");
        assertThat(routes.allowed("/api/templates/saga-design/render")).containsExactly("OPTIONS", "POST");
        assertThat(routes.allowed("/api/nothing-here")).isEmpty();
    }

    @Test
    void a_405_on_the_briefs_endpoint_names_post() {
        given().when().get("/api/briefs")
                .then().statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"))
                .body("detail", equalTo("GET is not supported here; this resource answers OPTIONS, POST"));
    }

    @Test
    void a_415_names_the_media_type_the_endpoint_takes() {
        given().contentType("text/plain").body("hello")
                .when().post("/api/briefs")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/http-415"))
                .body("detail", equalTo("this endpoint takes application/json; the request's Content-Type was "
                        + "'text/plain; charset=ISO-8859-1'"));
    }

    @Test
    void a_406_names_the_media_types_the_endpoint_answers() {
        given().accept("text/html")
                .when().get("/api/templates/saga-design/schema")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/http-406"))
                .body("detail", equalTo("this endpoint answers application/schema+json or application/json; "
                        + "the request accepts only 'text/html'"));
    }

    @Test
    void a_406_of_a_report_names_the_report_formats() {
        given().accept("image/png")
                .when().get("/api/sessions/no-such-session/report")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("detail", equalTo("a report is text/markdown, text/html, application/json or (of a code review)"
                        + " application/sarif+json, and the Accept header names none of them; or choose with"
                        + " ?format=markdown|html|json|sarif"));
    }
}

package dev.designassistant.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The service on an embedded H2 file database, as it runs by default: commits are grouped, and nothing is lost. */
@QuarkusTest
@TestProfile(GroupCommitFileDatabaseTest.FileDatabase.class)
class GroupCommitFileDatabaseTest {

    public static class FileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("assistant-group-commit-");
                return Map.of("quarkus.datasource.h2.jdbc.url", "jdbc:h2:file:" + dir.resolve("assistant")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    @DataSource("h2")
    AgroalDataSource h2;

    @Inject
    SessionStore sessions;

    @Test
    void concurrent_waited_briefs_are_all_answered_and_stored_with_h2_writing_in_the_background_only()
            throws Exception {
        Map<?, ?> example = given().get("/api/templates/retry-strategy").then().statusCode(200).extract().path("example");
        List<Future<String>> briefs = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                briefs.add(clients.submit(() -> given().contentType(ContentType.JSON).header("Prefer", "wait=30")
                        .body(Map.of("template", "retry-strategy", "parameters", example, "followUps", false))
                        .when().post("/api/briefs")
                        .then().statusCode(200).extract().<String>path("sessionId")));
            }
        }
        for (Future<String> brief : briefs) {
            SessionView stored = sessions.view(brief.get(), Owner.ANONYMOUS);
            assertThat(stored.steps()).extracting(ChainStep::status).containsExactly(StepStatus.DONE);
            assertThat(stored.messages()).hasSize(2);
        }
        assertThat(writeDelay()).as("H2 stores in the background only; group commit makes commits durable")
                .isEqualTo("1000");
    }

    private String writeDelay() throws Exception {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}

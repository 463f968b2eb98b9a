package dev.designassistant.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a second process on an H2 file in use stops with. */
class H2FileInUseTest {

    @TempDir
    Path dir;

    @Test
    void a_file_another_connection_holds_open_is_in_use_and_the_line_says_several_instances_need_postgresql()
            throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("assistant") + ";MODE=PostgreSQL";
        try (Connection open = DriverManager.getConnection(url, "sa", "")) {
            assertThat(H2FileInUse.check(url)).hasValueSatisfying(line -> assertThat(line)
                    .contains(dir.resolve("assistant.mv.db").toString())
                    .contains("in use by another process")
                    .contains("PostgreSQL")
                    .as("the way the README names").contains("-Dassistant.data-dir=")
                    .doesNotContain("QUARKUS_DATASOURCE_H2_JDBC_URL")
                    .doesNotContain("\n"));
        }
    }

    @Test
    void a_closed_file_a_missing_file_and_an_in_memory_database_are_free() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("assistant") + ";MODE=PostgreSQL";
        assertThat(H2FileInUse.check(url)).as("not created yet").isEmpty();
        DriverManager.getConnection(url, "sa", "").close();

        assertThat(H2FileInUse.check(url)).as("closed").isEmpty();
        assertThat(H2FileInUse.check("jdbc:h2:mem:assistant;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2FileInUse.check("jdbc:postgresql://localhost:5432/assistant")).isEmpty();
    }

    @Test
    void the_file_of_a_url_is_its_path_with_the_mv_db_suffix() {
        assertThat(H2FileInUse.file("jdbc:h2:file:./data/assistant;MODE=PostgreSQL"))
                .contains(Path.of("./data/assistant.mv.db"));
        assertThat(H2FileInUse.file("jdbc:h2:./x")).contains(Path.of("./x.mv.db"));
        assertThat(H2FileInUse.file("jdbc:h2:tcp://host/db")).isEmpty();
    }
}

package dev.designassistant.it;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second process on the same embedded H2 file stops at start with one clear line, not a stack trace. */
class SecondProcessOnH2IT {

    @Test
    void a_second_process_on_the_same_h2_file_stops_at_start_saying_the_file_is_in_use_and_to_use_postgresql()
            throws Exception {
        try (Store store = Store.create("h2");
             ServiceProcess first = ServiceProcess.start("h2-first", store.env(Map.of()))) {
            first.request().get("/api/templates").then().statusCode(200);

            assertThatThrownBy(() -> ServiceProcess.start("h2-second", store.env(Map.of())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited at start-up")
                    .satisfies(e -> {
                        String output = e.getMessage();
                        assertThat(output).contains("is in use by another process")
                                .contains("several instances on PostgreSQL")
                                .doesNotContain("\tat ").doesNotContain("Exception");
                    });
            first.request().get("/api/templates").then().statusCode(200);
        }
    }
}

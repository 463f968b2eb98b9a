package dev.designassistant.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {

    @TempDir
    Path dir;

    @Test
    void with_no_keys_configured_a_key_for_the_local_client_is_created_readable_by_its_owner_only() throws IOException {
        Path file = dir.resolve("data/api-keys");

        ApiKeys keys = new ApiKeys(config(true, null, file));

        String line = Files.readString(file).strip();
        assertThat(line).startsWith("local:da_").hasSizeGreaterThan(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(keys.clientOf(line.substring("local:".length()))).contains("local");
        assertThat(keys.clientOf("da_guess")).isEmpty();
    }

    @Test
    void an_existing_key_file_is_kept_and_read() throws IOException {
        Path file = dir.resolve("api-keys");
        Files.writeString(file, "# clients\nci:ci-secret\n\nalice:alice-secret\n");

        ApiKeys keys = new ApiKeys(config(true, null, file));

        assertThat(keys.clientOf("ci-secret")).contains("ci");
        assertThat(keys.clientOf("alice-secret")).contains("alice");
        assertThat(Files.readString(file)).contains("ci:ci-secret");
    }

    @Test
    void configured_keys_win_over_the_file_and_the_file_is_not_created() {
        Path file = dir.resolve("api-keys");

        ApiKeys keys = new ApiKeys(config(true, List.of("bob:bob-secret"), file));

        assertThat(keys.clientOf("bob-secret")).contains("bob");
        assertThat(file).doesNotExist();
    }

    @Test
    void a_malformed_entry_stops_the_start_without_showing_the_key() {
        assertThatThrownBy(() -> new ApiKeys(config(true, List.of("ok:fine", "no-colon-secret-value"), dir)))
                .hasMessage("API key entry 2 is not of the form client:key")
                .hasMessageNotContaining("secret");
    }

    @Test
    void when_access_control_is_off_no_file_is_made() {
        Path file = dir.resolve("api-keys");

        ApiKeys keys = new ApiKeys(config(false, null, file));

        assertThat(keys.enabled()).isFalse();
        assertThat(file).doesNotExist();
    }

    private static AccessConfig config(boolean enabled, List<String> apiKeys, Path keyFile) {
        return new AccessConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Optional<List<String>> apiKeys() {
                return Optional.ofNullable(apiKeys);
            }

            @Override
            public Path keyFile() {
                return keyFile;
            }

            @Override
            public long dailyTokenBudget() {
                return 0;
            }
        };
    }
}

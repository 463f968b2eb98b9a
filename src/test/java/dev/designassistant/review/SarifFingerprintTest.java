package dev.designassistant.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's SARIF fingerprint follows the code it points at, not its line number or the LLM's wording. */
class SarifFingerprintTest {

    private static final ChecklistItem RACE = ChecklistItem.of("pattern-code-review", 4, "Race conditions");
    private static final ChecklistItem PATTERN = ChecklistItem.of("pattern-code-review", 1, "Correct pattern implementation");

    @Test
    void the_same_lines_moved_down_keep_their_fingerprint_whatever_the_title() {
        ReviewedCode before = ReviewedCode.of("==> src/Lock.java <==\nclass Lock {\n  redis.setnx(key, v);\n}\n");
        ReviewedCode after = ReviewedCode.of("==> src/Lock.java <==\n// a new comment\nclass Lock {\n    redis.setnx(key,  v);\n}\n");

        String first = fingerprint(RACE, before, "Lock can expire", 2);
        String moved = fingerprint(RACE, after, "The lock may expire while held", 3);

        assertThat(moved).isEqualTo(first);
        assertThat(fingerprint(PATTERN, before, "Lock can expire", 2)).as("another rule").isNotEqualTo(first);
        assertThat(fingerprint(RACE, before, "Lock can expire", 1)).as("other lines").isNotEqualTo(first);
    }

    @Test
    void code_without_file_markers_is_one_unnamed_file_and_lines_beyond_it_fall_back_to_the_title() {
        ReviewedCode code = ReviewedCode.of("line one\nline two\n");

        assertThat(code.firstFile()).isEqualTo(ReviewedCode.UNNAMED);
        assertThat(code.lines(ReviewedCode.UNNAMED, 2, null)).containsExactly("line two");
        assertThat(code.lines(ReviewedCode.UNNAMED, 2, 9)).isEmpty();
        assertThat(fingerprint(RACE, code, "Title A", 9)).isEqualTo(fingerprint(RACE, code, "title a ", 12));
    }

    private static String fingerprint(ChecklistItem item, ReviewedCode code, String title, int line) {
        Finding finding = new Finding(Severity.MAJOR, title, null, "why", "fix", item.text());
        String file = code.firstFile();
        return SarifWriter.fingerprint(item, file, finding, code.lines(file, line, null));
    }
}

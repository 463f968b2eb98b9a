package dev.designassistant.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewed code by file: what a SARIF result without a file of its own is reported on. */
class ReviewedCodeTest {

    @Test
    void files_come_from_the_head_style_markers_in_order() {
        ReviewedCode code = ReviewedCode.of("==> src/A.java <==\nclass A {}\n==> src/B.java <==\nclass B {\n}\n");

        assertThat(code.files().keySet()).containsExactly("src/A.java", "src/B.java");
        assertThat(code.firstFile()).isEqualTo("src/A.java");
        assertThat(code.lineCount("src/B.java")).isEqualTo(2);
        assertThat(code.lineCount("src/C.java")).isZero();
    }

    @Test
    void code_without_markers_is_one_unnamed_file() {
        ReviewedCode code = ReviewedCode.of("line one\nline two\n");

        assertThat(code.firstFile()).isEqualTo(ReviewedCode.UNNAMED);
        assertThat(code.lineCount(ReviewedCode.UNNAMED)).isEqualTo(2);
        assertThat(ReviewedCode.of("").firstFile()).isEqualTo(ReviewedCode.UNNAMED);
    }
}

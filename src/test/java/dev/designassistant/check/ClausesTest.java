package dev.designassistant.check;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ClausesTest {

    /** The regular expression the scan replaced: the clauses must stay exactly what it split. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\n|;|,\\s|\\.\\s");

    private static List<String> bySplit(String text) {
        return Arrays.stream(CLAUSE_BREAK.split(text)).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    @Test
    void splitsAtNewLinesSemicolonsAndPausesButNotInsideNumbers() {
        assertThat(Clauses.of("retry 3 attempts; backoff 200 ms, doubling\nSLA 2.5 s. jitter 1,000 ms"))
                .containsExactly("retry 3 attempts", "backoff 200 ms", "doubling", "SLA 2.5 s", "jitter 1,000 ms");
    }

    @Test
    void leavesNoEmptyClausesAtTheEdgesOrBetweenBreaks() {
        assertThat(Clauses.of("")).isEmpty();
        assertThat(Clauses.of(";\n, . ;")).isEmpty();
        assertThat(Clauses.of("a,\n\nb.")).containsExactly("a", "b.");
    }

    @Test
    void givesTheSameClausesAsTheRegularExpressionItReplacedForAnyText() {
        String alphabet = "ab 1.,;\n\t\r\u000B\f5%";
        Random random = new Random(15);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Clauses.of(text.toString())).as("clauses of \"%s\"", text)
                    .isEqualTo(bySplit(text.toString()));
        }
    }
}

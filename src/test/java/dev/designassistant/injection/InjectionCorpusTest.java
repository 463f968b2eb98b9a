package dev.designassistant.injection;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan against the committed corpora: every injection of src/test/resources/injection/attacks is reported on the
 * line attacks.tsv names (and nothing is reported away from an injection), and none of the real-looking files of
 * injection/clean (comments about prompts, i18n strings, LLM client code, docs, legitimate invisible Unicode) gives
 * a finding. The clean corpus is written by src/test/tools/make-injection-corpus-clean.py.
 */
class InjectionCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/injection");

    /** One attack file: its name, the lines its injections start on, and the real defect beside them. */
    record Attack(String file, Set<Integer> lines, String defect) {
    }

    static List<Attack> attacks() throws IOException {
        List<Attack> attacks = new ArrayList<>();
        for (String row : Files.readAllLines(CORPUS.resolve("attacks.tsv"))) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t");
            attacks.add(new Attack(cells[0], Stream.of(cells[1].split(",")).map(Integer::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new)), cells[2]));
        }
        return attacks;
    }

    @Test
    void the_corpora_are_as_large_as_the_issue_asks() throws IOException {
        assertThat(attacks()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(a -> assertThat(a.defect()).isNotBlank());
        assertThat(cleanFiles()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void reports_every_injection_of_the_attack_corpus_on_its_line() throws IOException {
        List<String> missed = new ArrayList<>();
        for (Attack attack : attacks()) {
            String text = Files.readString(CORPUS.resolve("attacks").resolve(attack.file()), StandardCharsets.UTF_8);
            List<InjectionHit> hits = InjectionScan.scan(text);
            Set<Integer> reported = hits.stream().map(InjectionHit::line).collect(Collectors.toCollection(TreeSet::new));
            if (!reported.containsAll(attack.lines())) {
                missed.add(attack.file() + ": expected lines " + attack.lines() + ", reported " + hits);
            }
            // a hit belongs to an injection: on its line or the two after (a phrase split over lines)
            hits.stream().filter(h -> attack.lines().stream().noneMatch(l -> h.line() >= l && h.line() <= l + 2))
                    .forEach(h -> missed.add(attack.file() + ": reported away from any injection: " + h));
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void reports_nothing_in_the_clean_corpus() throws IOException {
        List<String> falsePositives = new ArrayList<>();
        for (Path file : cleanFiles()) {
            InjectionScan.scan(Files.readString(file, StandardCharsets.UTF_8))
                    .forEach(hit -> falsePositives.add(CORPUS.relativize(file) + ": " + hit));
        }
        assertThat(falsePositives).isEmpty();
    }

    static List<Path> cleanFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS.resolve("clean"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

package dev.designassistant.eval;

import dev.designassistant.review.Finding;
import dev.designassistant.review.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a review's findings line up with a case's planted defects. A finding matches a defect when its checklist
 * item is the defect's (or contains the defect's category) and its location overlaps the defect's lines (in the
 * case's file, when the finding names a file). Each defect is matched by at most one finding and each finding
 * matches at most one defect, as many pairs as possible (a maximum bipartite matching): a second finding on an
 * already-found defect is a duplicate and counts as a false positive, as does a finding without a line.
 *
 * @param planted        defects planted
 * @param found          defects matched by a finding (true positives)
 * @param findings       findings reported
 * @param falsePositives findings that matched no defect
 * @param majorOnClean   findings of major or worse on a clean case
 * @param missed         the defects no finding matched
 * @param unmatched      the findings that matched no defect, described
 */
public record ReviewMatch(int planted, int found, int findings, int falsePositives, int majorOnClean,
                          List<PlantedDefect> missed, List<String> unmatched) {

    public static ReviewMatch of(ReviewExpectations expected, List<Finding> findings) {
        List<PlantedDefect> defects = expected.findings();
        int[] defectOf = new int[findings.size()];
        int[] findingOf = new int[defects.size()];
        Arrays.fill(defectOf, -1);
        Arrays.fill(findingOf, -1);
        for (int f = 0; f < findings.size(); f++) {
            augment(f, new boolean[defects.size()], findings, defects, expected.file(), defectOf, findingOf);
        }
        List<PlantedDefect> missed = new ArrayList<>();
        for (int d = 0; d < defects.size(); d++) {
            if (findingOf[d] < 0) {
                missed.add(defects.get(d));
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (int f = 0; f < findings.size(); f++) {
            if (defectOf[f] < 0) {
                Finding x = findings.get(f);
                unmatched.add((x.severity() == null ? "" : x.severity().name().toLowerCase(java.util.Locale.ROOT)) + " '" + x.checklistItem() + "' at "
                        + (x.where().isEmpty() ? "no location" : x.where()));
            }
        }
        int majorOnClean = expected.clean() ? (int) findings.stream()
                .filter(f -> f.severity() != null && f.severity().atLeast(Severity.MAJOR)).count() : 0;
        int found = defects.size() - missed.size();
        return new ReviewMatch(defects.size(), found, findings.size(), findings.size() - found, majorOnClean,
                List.copyOf(missed), List.copyOf(unmatched));
    }

    /** Kuhn's augmenting path: finding f takes a free defect, or one whose finding can move to another. */
    private static boolean augment(int f, boolean[] seen, List<Finding> findings, List<PlantedDefect> defects,
                                   String file, int[] defectOf, int[] findingOf) {
        for (int d = 0; d < defects.size(); d++) {
            if (!seen[d] && matches(findings.get(f), defects.get(d), file)) {
                seen[d] = true;
                if (findingOf[d] < 0 || augment(findingOf[d], seen, findings, defects, file, defectOf, findingOf)) {
                    findingOf[d] = f;
                    defectOf[f] = d;
                    return true;
                }
            }
        }
        return false;
    }

    static boolean matches(Finding finding, PlantedDefect defect, String file) {
        Finding.Location at = finding.location();
        if (at == null || at.startLine() == null || !defect.acceptsItem(finding.checklistItem())) {
            return false;
        }
        if (at.file() != null && !at.file().isBlank() && file != null && !sameFile(at.file(), file)) {
            return false;
        }
        int end = at.endLine() == null ? at.startLine() : Math.max(at.startLine(), at.endLine());
        return new LineRange(at.startLine(), end).overlaps(defect.lines());
    }

    private static boolean sameFile(String reported, String file) {
        String a = reported.replace('\\', '/');
        String b = file.replace('\\', '/');
        return a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a);
    }
}

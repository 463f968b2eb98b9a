package dev.designassistant.eval;

import dev.designassistant.check.CheckFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A brief's answer against its case's expectations: every failed assertion, in words. */
final class BriefGrade {

    private BriefGrade() {
    }

    /**
     * The assertions the answer fails; empty when it passes.
     *
     * @param checks        the design checks that fired on the parameters
     * @param ledgerProblem why the ledger did not conform, or null when it did (or was not asked for)
     */
    static List<String> failures(BriefExpectations e, String answer, List<CheckFinding> checks, String ledgerProblem) {
        String text = answer == null ? "" : answer;
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> failures = new ArrayList<>();
        for (String code : e.designChecks()) {
            if (checks.stream().noneMatch(c -> c.code().equals(code))) {
                failures.add("design check " + code + " did not fire");
            }
        }
        for (List<String> term : e.containsAll()) {
            if (!anyIn(lower, term)) {
                failures.add("does not mention " + describe(term));
            }
        }
        if (!e.containsAny().isEmpty() && e.containsAny().stream().noneMatch(t -> anyIn(lower, t))) {
            failures.add("mentions none of '" + String.join("', '", e.containsAny().stream().flatMap(List::stream).toList()) + "'");
        }
        for (String banned : e.notContains()) {
            if (lower.contains(banned.toLowerCase(Locale.ROOT))) {
                failures.add("mentions '" + banned + "'");
            }
        }
        for (Pattern p : e.regex()) {
            if (!p.matcher(text).find()) {
                failures.add("no match for /" + p.pattern() + "/");
            }
        }
        if (text.length() < e.minLength()) {
            failures.add("is " + text.length() + " characters, fewer than " + e.minLength());
        }
        if (e.ledger() && ledgerProblem != null) {
            failures.add("ledger does not conform: " + ledgerProblem);
        }
        return failures;
    }

    private static boolean anyIn(String lower, List<String> synonyms) {
        return synonyms.stream().anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
    }

    private static String describe(List<String> term) {
        return term.size() == 1 ? "'" + term.get(0) + "'" : "any of '" + String.join("' / '", term) + "'";
    }
}

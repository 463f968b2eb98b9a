package dev.designassistant.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only things the demo model "finds" in code under review: what a line-by-line rule can see. An exception
 * caught and dropped (an empty catch block, {@code except …: pass}, Go's {@code _ = call()}), and a retry that
 * sleeps a fixed number after a failure (within three lines of a catch or except: no jitter, no budget). Each hit goes under the first checklist item that names its
 * concern; a review whose checklist names none gets no hit of that rule.
 */
final class DemoRules {

    /** A rule's hit: line from 1 (after the file's "==> path <==" line) and the checklist item it belongs to. */
    record Hit(int line, String item, String title, String explanation, String fix) {
    }

    private static final Pattern EMPTY_CATCH_ONE_LINE = Pattern.compile(
            "catch\\s*(\\([^)]*\\))?\\s*\\{\\s*}|\\.catch\\(\\s*\\(\\s*\\w*\\s*\\)\\s*=>\\s*(\\{\\s*}|undefined|null)\\s*\\)");
    private static final Pattern CATCH_OPEN = Pattern.compile("catch\\s*(\\([^)]*\\))?\\s*\\{\\s*(//.*)?$");
    private static final Pattern EXCEPT = Pattern.compile("^\\s*except\\b[^:]*:\\s*(pass\\s*)?(#.*)?$");
    private static final Pattern GO_DISCARD = Pattern.compile("^\\s*_\\s*=\\s*[\\w.]+\\(");
    private static final Pattern FIXED_SLEEP = Pattern.compile(
            "Thread\\.sleep\\(\\s*\\d+L?\\s*\\)|time\\.sleep\\(\\s*\\d+(\\.\\d+)?\\s*\\)|\\bdelay\\(\\s*\\d+L?\\s*\\)"
                    + "|time\\.Sleep\\(\\s*\\d+\\s*\\*\\s*time\\.\\w+\\s*\\)|setTimeout\\(\\s*\\w+\\s*,\\s*\\d+\\s*\\)"
                    + "|\\bsleep\\(\\s*\\d+\\s*\\)");
    private static final Pattern CATCH_OR_EXCEPT = Pattern.compile("\\bcatch\\b|^\\s*except\\b");
    private static final List<String> ERROR_ITEMS = List.of("exception handling", "error handling", "failure detection");
    private static final List<String> RETRY_ITEMS = List.of("resilience patterns", "error handling", "timeout handling");

    private DemoRules() {
    }

    static List<Hit> hits(List<String> code, List<String> checklist) {
        List<Hit> hits = new ArrayList<>();
        Optional<String> errorItem = item(checklist, ERROR_ITEMS);
        Optional<String> retryItem = item(checklist, RETRY_ITEMS);
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i);
            if (errorItem.isPresent() && swallows(code, i)) {
                hits.add(new Hit(i + 1, errorItem.get(), "Exception caught and dropped",
                        "The failure is caught and nothing is done with it: no log, no metric, no rethrow, so the "
                                + "caller goes on as if the call had worked.",
                        "Handle it (compensate, retry within a budget) or rethrow; at least log it with context."));
            } else if (retryItem.isPresent() && FIXED_SLEEP.matcher(line).find() && afterFailure(code, i)) {
                hits.add(new Hit(i + 1, retryItem.get(), "Retry sleeps a fixed time",
                        "A fixed sleep between attempts has no jitter and no growth: every client retries in step "
                                + "and hammers a recovering service.",
                        "Back off exponentially with full jitter, within a retry budget."));
            }
        }
        return hits;
    }

    private static boolean swallows(List<String> code, int i) {
        String line = code.get(i);
        if (EMPTY_CATCH_ONE_LINE.matcher(line).find() || GO_DISCARD.matcher(line).find()) {
            return true;
        }
        if (CATCH_OPEN.matcher(line).find()) {
            return next(code, i).map(n -> n.strip().startsWith("}")).orElse(false);
        }
        java.util.regex.Matcher except = EXCEPT.matcher(line);
        if (except.find()) {
            return except.group(1) != null || next(code, i).map(n -> n.strip().equals("pass")).orElse(false);
        }
        return false;
    }

    /** Whether a catch or except opens within the three lines before: the sleep is a retry's, after a failure. */
    private static boolean afterFailure(List<String> code, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (CATCH_OR_EXCEPT.matcher(code.get(j)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The next line with code (comments skipped). */
    private static Optional<String> next(List<String> code, int i) {
        for (int j = i + 1; j < code.size(); j++) {
            String s = code.get(j).strip();
            if (!s.isEmpty() && !s.startsWith("//") && !s.startsWith("#")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> item(List<String> checklist, List<String> concerns) {
        for (String concern : concerns) {
            for (String item : checklist) {
                if (item.toLowerCase(Locale.ROOT).contains(concern)) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }
}

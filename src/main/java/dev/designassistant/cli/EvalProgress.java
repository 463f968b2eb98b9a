package dev.designassistant.cli;

import dev.designassistant.eval.CaseResult;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What the eval command shows while it runs: on a terminal one line rewritten in place (cases done of total, pass
 * rate and cost so far, time left); in CI (no terminal, or {@code CI} set) one line per case, as build logs want.
 */
final class EvalProgress implements Evaluator.Listener {

    private final PrintWriter out;
    private final boolean terminal;
    private int total;
    private final LongSupplier nanos;
    private final long start;
    private int done;
    private int passed;
    private double cost;
    private boolean priced = true;

    EvalProgress(PrintWriter out, boolean terminal, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** Whether this process writes to a person's terminal rather than a build log. */
    static boolean onTerminal() {
        String ci = System.getenv("CI");
        return System.console() != null && (ci == null || ci.isBlank() || "false".equalsIgnoreCase(ci));
    }

    @Override
    public synchronized void started(dev.designassistant.eval.EvalRun run) {
        total = run.total() - run.done();
        if (!terminal) {
            out.printf(Locale.ROOT, "eval %s: %d case(s) on %s%n", run.id(), total, String.join(", ", run.models()));
        }
    }

    @Override
    public synchronized void answered(CaseResult c) {
        done++;
        passed += c.passed() ? 1 : 0;
        if (c.cost() == null) {
            priced = false;
        } else {
            cost += c.cost();
        }
        if (terminal) {
            long elapsed = nanos.getAsLong() - start;
            long leftSeconds = done == 0 ? 0 : elapsed / done * Math.max(0, total - done) / 1_000_000_000L;
            out.printf(Locale.ROOT, "\r%d/%d cases, pass rate %.0f%%, %s, about %d s left   ", done, total,
                    100.0 * passed / done, priced ? String.format(Locale.ROOT, "$%.4f", cost) : "no price", leftSeconds);
            if (done == total) {
                out.println();
            }
        } else {
            out.printf(Locale.ROOT, "%s %s/%s [%s%s] %s%n", c.passed() ? "PASS" : "FAIL", c.suite(), c.caseId(), c.model(),
                    c.repeat() > 1 ? " #" + c.repeat() : "", c.reason());
        }
        out.flush();
    }

    /** Ends the in-place line if the run stopped early. */
    synchronized void end() {
        if (terminal && done < total) {
            out.println();
        }
    }
}

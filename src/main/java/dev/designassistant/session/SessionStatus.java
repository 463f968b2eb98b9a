package dev.designassistant.session;

import java.util.List;
import java.util.Locale;

/** Where a session's chain stands as a whole, derived from its steps; written in lower case in the HTTP API. */
public enum SessionStatus {
    /** A step is pending or running. */
    RUNNING,
    /** A step failed and waits to be resumed. */
    FAILED,
    /** Every step is done. */
    DONE;

    /** "failed" when a step failed, "running" while a step is pending or running, else "done". */
    public static SessionStatus of(List<ChainStep> steps) {
        if (steps.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
            return FAILED;
        }
        boolean working = steps.stream()
                .anyMatch(s -> s.status() == StepStatus.PENDING || s.status() == StepStatus.RUNNING);
        return working ? RUNNING : DONE;
    }

    /** As the HTTP API writes it: {@code running}, {@code failed}, {@code done}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}

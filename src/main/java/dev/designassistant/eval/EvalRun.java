package dev.designassistant.eval;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An evaluation run as stored and as {@code GET /api/evals/{id}} shows it: what was asked, how far it is, and the
 * scorecard of the cases answered so far.
 *
 * @param status  {@code running}, {@code finished}, {@code stopped} (the cost limit) or {@code failed}
 * @param total   cases to answer: cases × models × repetitions
 * @param done    cases answered
 * @param message why it stopped or failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalRun(String id, String status, List<String> suites, List<String> models, int repeat, Double maxCost,
                      int total, int done, String message, Instant createdAt, Instant updatedAt, List<Score> scores,
                      List<CaseResult> cases) {

    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String STOPPED = "stopped";
    public static final String FAILED = "failed";

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRunning() {
        return RUNNING.equals(status);
    }

    /** The score of a model over all suites, if it answered any case. */
    public java.util.Optional<Score> overall(String model) {
        return scores.stream().filter(s -> s.suite().equals(Score.ALL) && s.model().equals(model)).findFirst();
    }
}

package dev.designassistant.eval;

import java.util.List;

/**
 * Body of {@code POST /api/evals}, and what a run stores of what it was asked.
 *
 * @param suites        suite names; empty or absent: every suite
 * @param models        configured model names; empty or absent: the default model
 * @param repeat        times each case is asked of each model (1–10; absent: 1)
 * @param maxCost       US dollars the run may spend; it stops before a case that would spend more
 * @param cases         case ids to run within the suites (absent: all)
 */
public record EvalRequest(List<String> suites, List<String> models, Integer repeat, Double maxCost,
                          List<String> cases) {

    public EvalRequest(List<String> suites, List<String> models, Integer repeat, Double maxCost) {
        this(suites, models, repeat, maxCost, null);
    }
}

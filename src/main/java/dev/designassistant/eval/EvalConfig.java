package dev.designassistant.eval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the evaluation suites live and how many cases of a run call models at once (prices: the gateway's). */
@ConfigMapping(prefix = "assistant.eval")
public interface EvalConfig {

    /** Folder holding one {@code <suite>.yaml} per suite, and the code files review cases name. */
    @WithDefault("evals")
    String dir();

    /** Cases of one run that call models at once. */
    @WithDefault("4")
    int concurrency();
}

package dev.designassistant.eval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Where the evaluation suites live, how many cases run at once, and what a model's tokens cost. */
@ConfigMapping(prefix = "assistant.eval")
public interface EvalConfig {

    /** Folder holding one {@code <suite>.yaml} per suite, and the code files review cases name. */
    @WithDefault("evals")
    String dir();

    /** Cases of one run that call models at once. */
    @WithDefault("4")
    int concurrency();

    /**
     * US dollars per million tokens, by configured model name, as "input/output" ({@code 0.15/0.60}); a model
     * without a price is measured in tokens only.
     */
    Map<String, String> prices();
}

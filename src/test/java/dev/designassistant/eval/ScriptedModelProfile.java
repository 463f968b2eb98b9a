package dev.designassistant.eval;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The scripted suite of {@code src/test/resources/eval/scripted}, one case at a time, the default model priced. */
public class ScriptedModelProfile implements QuarkusTestProfile {

    /** Dollars per million tokens: 1 in, 2 out; each scripted answer reads 1000 and writes 200, so costs $0.0014. */
    static final double CASE_COST = 0.0014;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.eval.dir", "src/test/resources/eval/scripted",
                "assistant.eval.concurrency", "1",
                "assistant.llm.price.input-per-million", "1.0",
                "assistant.llm.price.output-per-million", "2.0");
    }
}

package dev.designassistant.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import dev.designassistant.session.Owner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A model scripted with WireMock answers a four-case suite with chosen findings, and the figures are those worked
 * out by hand: overlapping ranges match, a wrong checklist item or another file does not, a second finding on a
 * found defect is a duplicate, a finding without a line matches nothing. Then a run interrupted by a restart, and a
 * run over its cost limit.
 */
@QuarkusTest
@TestProfile(ScriptedModelProfile.class)
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class ScriptedModelEvalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWireMock
    WireMockServer llm;
    @Inject
    EvalRunner runner;
    @Inject
    EvalStore store;

    @BeforeEach
    void script() {
        llm.resetAll();
        answer("CaseA", finding("critical", "Race conditions", "code/CaseA.java", 12, 18),   // overlaps 10-14: found
                finding("major", "Race conditions", "code/CaseA.java", 13, null),           // duplicate of the race
                finding("major", "Timeout handling", "code/CaseA.java", 20, 21),            // right lines, wrong item
                finding("major", "Idempotency", null, null, null),                          // no location
                finding("minor", "Resource leaks", "src/main/code/CaseA.java", 22, 26));    // overlaps 20-22 at 22: found
        answer("CaseB", finding("major", "Error handling completeness", "code/CaseB.java", 1, 5), // overlaps 5-6 at 5
                finding("major", "Error handling completeness", "code/CaseB.java", 7, 7),          // next line: no overlap
                finding("major", "Error handling completeness", "code/Other.java", 5, 5));         // another file
        answer("CaseC", finding("minor", "Testability", "code/CaseC.java", 2, 2));  // minor on clean code: allowed
        answer("CaseD", finding("major", "Race conditions", "code/CaseD.java", 3, 3)); // major on clean code: fails
    }

    @Test
    void figures_are_those_computed_by_hand() throws Exception {
        EvalRun run = finish(runner.start(new EvalRequest(null, null, null, null), Owner.ANONYMOUS));

        assertThat(run.status()).isEqualTo(EvalRun.FINISHED);
        CaseResult a = result(run, "case-a");
        assertThat(List.of(a.planted(), a.found(), a.findings(), a.falsePositives())).containsExactly(3, 2, 5, 3);
        assertThat(a.passed()).isFalse();
        assertThat(a.reason()).isEqualTo("missed Idempotency @ 25");
        CaseResult b = result(run, "case-b");
        assertThat(List.of(b.planted(), b.found(), b.findings(), b.falsePositives())).containsExactly(1, 1, 3, 2);
        assertThat(b.reason()).startsWith("2 false positives, more than 0: major 'Error handling completeness' at code/CaseB.java:7");
        CaseResult c = result(run, "case-c");
        assertThat(c.passed()).isTrue();
        assertThat(List.of(c.findings(), c.falsePositives(), c.majorOnClean())).containsExactly(1, 1, 0);
        CaseResult d = result(run, "case-d");
        assertThat(d.passed()).isFalse();
        assertThat(d.majorOnClean()).isEqualTo(1);

        Score s = run.overall("default").orElseThrow();
        assertThat(s.passed()).isEqualTo(1);
        assertThat(s.passRate()).isEqualTo(0.25);
        assertThat(s.recall()).isEqualTo(3.0 / 4);     // race, leak, error handling of 4 planted
        assertThat(s.precision()).isEqualTo(3.0 / 10); // 3 of 5 + 3 + 1 + 1 findings
        assertThat(s.cleanCases()).isEqualTo(2);
        assertThat(s.cleanFalsePositives()).isEqualTo(1);
        assertThat(s.schemaFirst()).isEqualTo(1.0);
        assertThat(s.inputTokens()).isEqualTo(4000);
        assertThat(s.outputTokens()).isEqualTo(800);
        assertThat(s.cost()).isCloseTo(4 * ScriptedModelProfile.CASE_COST, within(1e-12));
        assertThat(JunitReport.of(run)).contains("<testcase classname=\"matching [default]\" name=\"case-a\"")
                .contains("<failure message=\"missed Idempotency @ 25\"/>");
        assertThat(MarkdownScorecard.of(run, "chart.svg"))
                .contains("| default | 25% (1/4) | 75% (3/4) | 30% (3/10) | 1 in 2 | 100% / 100% | 4000 / 800 | $0.0056 |");
    }

    @Test
    void a_run_interrupted_by_a_restart_finishes_without_asking_answered_cases_again() throws Exception {
        // what a restart leaves: the run stored as running, two cases answered, no thread running it
        String id = "restarted-run";
        store.create(id, Owner.ANONYMOUS, new EvalRequest(List.of("matching"), List.of("default"), 1, null, null), 4);
        store.addResult(id, stored("case-a"));
        store.addResult(id, stored("case-c"));

        runner.resumeAll(); // what EvalRecovery does at start
        EvalRun run = runner.completion(id).get(60, TimeUnit.SECONDS);

        assertThat(run.status()).isEqualTo(EvalRun.FINISHED);
        assertThat(run.done()).isEqualTo(4);
        assertThat(result(run, "case-a").reason()).isEqualTo("answered before the restart");
        llm.verify(0, postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)).withRequestBody(containing("CaseA")));
        llm.verify(0, postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)).withRequestBody(containing("CaseC")));
        llm.verify(1, postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)).withRequestBody(containing("CaseB")));
        llm.verify(1, postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)).withRequestBody(containing("CaseD")));
    }

    @Test
    void a_cost_limit_below_the_first_case_stops_before_any_call() throws Exception {
        EvalRun run = finish(runner.start(new EvalRequest(null, null, null, 0.003), Owner.ANONYMOUS));

        assertThat(run.status()).isEqualTo(EvalRun.STOPPED);
        assertThat(run.done()).isZero();
        assertThat(run.message()).startsWith("stopped before case matching/case-a on default: it would take the spend to about $0.004")
                .contains("over --max-cost $0.0030 (spent $0.0000; 4 case(s) not run)");
        llm.verify(0, postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }

    @Test
    void a_cost_limit_stops_before_the_case_that_would_pass_it() throws Exception {
        // first case estimated at about $0.0042 (no case known yet), then at $0.0014 each: A, B, C fit in $0.005, D not
        EvalRun run = finish(runner.start(new EvalRequest(null, null, null, 0.005), Owner.ANONYMOUS));

        assertThat(run.status()).isEqualTo(EvalRun.STOPPED);
        assertThat(run.done()).isEqualTo(3);
        assertThat(run.message()).startsWith("stopped before case matching/case-d on default: it would take the spend to about $0.0056")
                .contains("spent $0.0042; 1 case(s) not run");
        llm.verify(3, postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }

    @Test
    void a_cost_limit_on_a_model_without_price_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.start(
                        new EvalRequest(null, List.of("nope"), 11, -1.0), Owner.ANONYMOUS))
                .isInstanceOf(dev.designassistant.catalog.InvalidParametersException.class)
                .satisfies(e -> assertThat(((dev.designassistant.catalog.InvalidParametersException) e).problems())
                        .extracting(p -> p.parameter()).containsExactly("repeat", "maxCost", "models"));
    }

    private EvalRun finish(EvalRun started) throws Exception {
        return runner.completion(started.id()).get(60, TimeUnit.SECONDS);
    }

    private static CaseResult result(EvalRun run, String caseId) {
        return run.cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();
    }

    private static CaseResult stored(String caseId) {
        return new CaseResult("matching", caseId, "default", 1, "pattern-code-review", "review", true,
                "answered before the restart", 0, 0, 0, 0, false, 0, true, true, 1000, 200, 0.0014, 5, null);
    }

    private static ObjectNode finding(String severity, String item, String file, Integer start, Integer end) {
        ObjectNode f = JSON.createObjectNode().put("severity", severity).put("title", item + " issue");
        if (start != null) {
            ObjectNode at = f.putObject("location").put("file", file).put("startLine", start);
            if (end != null) {
                at.put("endLine", end);
            }
        }
        return f.put("explanation", "scripted").put("suggestedFix", "scripted").put("checklistItem", item);
    }

    private void answer(String marker, ObjectNode... findings) {
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode list = reply.putArray("findings");
        for (ObjectNode f : findings) {
            list.add(f);
        }
        ObjectNode completion = JSON.createObjectNode().put("id", "chatcmpl-" + marker).put("object", "chat.completion")
                .put("created", 1735689600).put("model", "scripted");
        completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                .putObject("message").put("role", "assistant").put("content", reply.toString());
        completion.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 200).put("total_tokens", 1200);
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).withRequestBody(containing(marker))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion.toString())));
    }
}

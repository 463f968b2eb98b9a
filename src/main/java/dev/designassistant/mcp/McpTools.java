package dev.designassistant.mcp;

import dev.designassistant.api.ClientLimits;
import dev.designassistant.brief.RunningBrief;
import dev.designassistant.brief.BriefRequest;
import dev.designassistant.brief.BriefService;
import dev.designassistant.chain.Conversation;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.report.ReportService;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.ReviewService;
import dev.designassistant.review.SourceText;
import dev.designassistant.session.Durability;
import dev.designassistant.session.Message;
import dev.designassistant.chain.SessionDetails;
import dev.designassistant.session.SessionStore;
import dev.designassistant.trace.Tracing;
import dev.designassistant.eval.EvalRequest;
import dev.designassistant.eval.EvalRun;
import dev.designassistant.eval.EvalRunner;
import dev.designassistant.eval.MarkdownScorecard;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The MCP tools: run a brief (with its follow-up chain), ask a session a follow-up, review code, read a report.
 * Each calls the same services as the HTTP API, for the same client, under the same rate limit and token budget;
 * a failure is the tool's result with {@code isError}, in the words the API would use.
 */
@ApplicationScoped
public class McpTools {

    static final String RUN_BRIEF = "run_brief";
    static final String ASK_FOLLOW_UP = "ask_follow_up";
    static final String REVIEW_CODE = "review_code";
    static final String GET_REPORT = "get_report";
    static final String RUN_EVAL = "run_eval";
    static final String ESTIMATE_BRIEF = "estimate_brief";

    private final BriefService briefs;
    private final ReviewService reviews;
    private final ReportService reports;
    private final Conversation conversation;
    private final SessionStore sessions;
    private final ClientLimits limiter;
    private final ToolSchemas schemas;
    private final BriefProgress progress;
    private final Tracing tracing;
    private final EvalRunner evals;

    public McpTools(BriefService briefs, ReviewService reviews, ReportService reports, Conversation conversation,
                    SessionStore sessions, ClientLimits limiter, ToolSchemas schemas, BriefProgress progress,
                    EvalRunner evals, Tracing tracing) {
        this.tracing = tracing;
        this.evals = evals;
        this.briefs = briefs;
        this.reviews = reviews;
        this.reports = reports;
        this.conversation = conversation;
        this.sessions = sessions;
        this.limiter = limiter;
        this.schemas = schemas;
        this.progress = progress;
    }

    List<SyncToolSpecification> tools(Function<McpSyncServerExchange, Client> clients) {
        return List.of(
                tool(RUN_BRIEF, "Run a design brief",
                        "Asks the design assistant for a design: fills the chosen template with the parameters, asks "
                                + "the LLM, then asks the template's follow-up questions (trade-offs, failure "
                                + "scenarios, scaling...) in the same conversation. Returns the design answer and each "
                                + "follow-up's answer, the session id and the report's address. Sends a progress "
                                + "notification per answered step when the call has a progress token.",
                        schemas.runBrief(), ModelCall.YES, clients, this::runBrief),
                tool(ESTIMATE_BRIEF, "Estimate what a design brief will cost",
                        "Takes the same arguments as run_brief and, without calling a model or storing anything, "
                                + "returns how many model calls its chain makes, the input and output tokens of each "
                                + "(OpenAI's tokenizer for OpenAI models, else approximate) and the money at the "
                                + "configured prices.",
                        schemas.estimateBrief(), ModelCall.NO, clients, this::estimateBrief),
                tool(ASK_FOLLOW_UP, "Ask a follow-up question",
                        "Asks one more question in an existing session's conversation (it remembers the brief and "
                                + "the answers so far) and returns the answer.",
                        schemas.askFollowUp(), ModelCall.YES, clients, this::askFollowUp),
                tool(REVIEW_CODE, "Review code against a pattern checklist",
                        "Reviews code with a code-review template (pattern, saga or circuit-breaker review): returns "
                                + "the findings worst first, with their counts and the session id.",
                        schemas.reviewCode(), ModelCall.YES, clients, this::reviewCode),
                tool(GET_REPORT, "Get a session's report",
                        "Returns the report of one of your sessions: the brief, every answer and the token usage, as "
                                + "Markdown (default), HTML or JSON; SARIF for code reviews.",
                        schemas.getReport(), ModelCall.NO, clients, this::getReport),
                tool(RUN_EVAL, "Measure models on the evaluation suites",
                        "Runs the service's evaluation suites (planted-defect code reviews, design briefs with what a "
                                + "competent answer says) on one or more models and returns the scorecard: pass rate, "
                                + "review recall and precision, false positives on clean code, schema conformance, "
                                + "tokens, cost and latency per model, and every failed case with its reason.",
                        schemas.runEval(), ModelCall.YES, clients, this::runEval));
    }

    /** Whether a tool asks the model: it then stores a new session or step; else it only reads (or estimates). */
    private enum ModelCall { YES, NO }

    private SyncToolSpecification tool(String name, String title, String description, Map<String, Object> schema,
                                       ModelCall modelCall, Function<McpSyncServerExchange, Client> clients,
                                       ToolCall call) {
        McpSchema.Tool tool = McpSchema.Tool.builder(name).title(title).description(description).inputSchema(schema)
                .annotations(annotations(modelCall)).build();
        BiFunction<McpSyncServerExchange, McpSchema.CallToolRequest, McpSchema.CallToolResult> handler =
                (exchange, request) -> {
                    try (ToolSpan span = ToolSpan.start(tracing, name)) {
                        McpSchema.CallToolResult result;
                        try {
                            result = call.run(exchange, clients.apply(exchange), request);
                        } catch (CompletionException e) {
                            result = Errors.toolFailure(name, e.getCause());
                        } catch (RuntimeException e) {
                            result = Errors.toolFailure(name, e);
                        }
                        return span.ended(result);
                    }
                };
        return SyncToolSpecification.builder().tool(tool).callHandler(handler).build();
    }

    /**
     * What a client may tell its user before a call: no tool deletes or overwrites anything (a call adds a session
     * or a step); a tool that asks the model reaches a world outside the service (the LLM) and is not idempotent
     * (each call asks again); reading a report changes nothing.
     */
    private static McpSchema.ToolAnnotations annotations(ModelCall modelCall) {
        boolean asks = modelCall == ModelCall.YES;
        return McpSchema.ToolAnnotations.builder().readOnlyHint(!asks).destructiveHint(false)
                .idempotentHint(!asks).openWorldHint(asks).build();
    }

    @FunctionalInterface
    private interface ToolCall {
        McpSchema.CallToolResult run(McpSyncServerExchange exchange, Client client, McpSchema.CallToolRequest request);
    }

    private McpSchema.CallToolResult estimateBrief(McpSyncServerExchange exchange, Client client,
                                                   McpSchema.CallToolRequest request) {
        return EstimateAnswer.of(briefs.estimate(briefRequest(request, ESTIMATE_BRIEF))).toolResult();
    }

    private McpSchema.CallToolResult runBrief(McpSyncServerExchange exchange, Client client,
                                              McpSchema.CallToolRequest request) {
        BriefRequest brief = briefRequest(request, RUN_BRIEF);
        limiter.acquire(client.owner());
        RunningBrief accepted = briefs.accept(brief, client.owner(), Durability.WITH_NEXT_WRITE);
        try (BriefProgress.Watch watch = progress.watch(exchange, request, accepted)) {
            accepted.chain().join();
        } catch (CompletionException stopped) {
            // a step failed: the answer says which, with the answers before it (all stored)
        }
        SessionDetails session = SessionDetails.of(sessions.view(accepted.sessionId(), client.owner()));
        return BriefAnswer.of(session, accepted, client).toolResult();
    }

    /** The brief a run_brief or estimate_brief call describes; every problem of its arguments at once. */
    private static BriefRequest briefRequest(McpSchema.CallToolRequest request, String tool) {
        ToolArguments args = new ToolArguments(request.arguments());
        String template = args.string("template", true);
        var parameters = args.object("parameters");
        var followUps = args.json("followUps");
        if (followUps != null && !followUps.isBoolean() && !followUps.isArray()) {
            args.problem("followUps", "must be true, false or a list of follow-up ids or questions");
        }
        String model = args.string("model", false);
        String failure = args.string("failure", false);
        var consistency = args.json("consistency");
        if (consistency != null && !consistency.isBoolean()) {
            args.problem("consistency", "must be true or false");
        }
        args.check(tool);
        return new BriefRequest(template, parameters, model, followUps, failure,
                consistency == null ? null : consistency.booleanValue());
    }

    private McpSchema.CallToolResult askFollowUp(McpSyncServerExchange exchange, Client client,
                                                 McpSchema.CallToolRequest request) {
        ToolArguments args = new ToolArguments(request.arguments());
        String sessionId = args.string("sessionId", true);
        String question = args.string("question", true);
        args.check(ASK_FOLLOW_UP);
        Conversation.requireQuestion("question", question);
        limiter.acquire(client.owner());
        Message answer = conversation.ask(sessionId, client.owner(), question);
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("sessionId", sessionId);
        structured.put("answer", answer.content());
        return McpSchema.CallToolResult.builder().addTextContent(answer.content()).structuredContent(structured)
                .build();
    }

    private McpSchema.CallToolResult reviewCode(McpSyncServerExchange exchange, Client client,
                                                McpSchema.CallToolRequest request) {
        ToolArguments args = new ToolArguments(request.arguments());
        String template = args.string("template", true);
        var parameters = args.object("parameters");
        String code = args.string("code", false);
        List<SourceText.File> files = ReviewFiles.read(args);
        String language = args.string("language", false);
        if (code != null && !files.isEmpty()) {
            args.problem("files", "give either code or files, not both");
        }
        if (code != null || !files.isEmpty()) {
            parameters.put("code", code != null ? code : SourceText.concatenate(files));
        }
        if (language == null && !files.isEmpty() && !parameters.has("language")) {
            language = SourceText.language(files); // as the CI command: the first file's extension
        }
        if (language != null) {
            parameters.put("language", language);
        }
        String model = args.string("model", false);
        args.check(REVIEW_CODE);
        limiter.acquire(client.owner());
        ReviewResult result = reviews.review(new ReviewRequest(template, parameters, model), client.owner());
        return ReviewAnswer.of(result, client).toolResult();
    }

    private McpSchema.CallToolResult runEval(McpSyncServerExchange exchange, Client client,
                                             McpSchema.CallToolRequest request) {
        ToolArguments args = new ToolArguments(request.arguments());
        List<String> suites = args.strings("suites");
        List<String> models = args.strings("models");
        List<String> cases = args.strings("cases");
        var repeat = args.json("repeat");
        if (repeat != null && !repeat.canConvertToInt()) {
            args.problem("repeat", "must be a whole number from 1 to 10");
        }
        var maxCost = args.json("maxCost");
        if (maxCost != null && !maxCost.isNumber()) {
            args.problem("maxCost", "must be a number of US dollars");
        }
        args.check(RUN_EVAL);
        limiter.acquire(client.owner());
        EvalRun started = evals.start(new EvalRequest(suites, models, repeat == null ? null : repeat.intValue(),
                maxCost == null ? null : maxCost.doubleValue(), cases), client.owner());
        EvalRun run = evals.completion(started.id()).join();
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("id", run.id());
        structured.put("status", run.status());
        structured.put("done", run.done());
        structured.put("total", run.total());
        structured.put("scores", run.scores());
        return McpSchema.CallToolResult.builder().addTextContent(MarkdownScorecard.of(run, null))
                .structuredContent(structured).build();
    }

    private McpSchema.CallToolResult getReport(McpSyncServerExchange exchange, Client client,
                                               McpSchema.CallToolRequest request) {
        ToolArguments args = new ToolArguments(request.arguments());
        String sessionId = args.string("sessionId", true);
        String format = args.string("format", false);
        args.check(GET_REPORT);
        ReportFormat chosen = format == null ? ReportFormat.MARKDOWN : ReportFormat.named(format);
        ReportService.Rendered report = reports.render(sessionId, client.owner(), chosen);
        return McpSchema.CallToolResult.builder().addTextContent(report.body()).build();
    }
}

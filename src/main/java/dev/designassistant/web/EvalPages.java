package dev.designassistant.web;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.eval.CaseResult;
import dev.designassistant.eval.EvalRequest;
import dev.designassistant.eval.EvalRun;
import dev.designassistant.eval.EvalRunner;
import dev.designassistant.eval.EvalSuite;
import dev.designassistant.eval.InvalidSuiteException;
import dev.designassistant.eval.Score;
import dev.designassistant.eval.ScoreChart;
import dev.designassistant.eval.SuiteLoader;
import dev.designassistant.llm.LlmClient;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "Evaluations" page: start a run (suites, models, repetitions, cost limit), watch it (the page reloads itself
 * while the run goes on: no script), read its scorecard and chart, and compare two runs case by case.
 */
@Path("/evals")
@Produces(MediaType.TEXT_HTML)
public class EvalPages {

    private static final int LIST_LIMIT = 20;
    private static final int REFRESH_SECONDS = 3;

    private final EvalRunner runner;
    private final SuiteLoader suites;
    private final LlmClient llm;
    private final PageContext pages;
    private final Template listPage;
    private final Template runPage;
    private final Template comparePage;
    private final Template notFound;

    public EvalPages(EvalRunner runner, SuiteLoader suites, LlmClient llm, PageContext pages,
                     @Location("web/evals.html") Template listPage, @Location("web/eval.html") Template runPage,
                     @Location("web/eval-compare.html") Template comparePage,
                     @Location("web/not-found.html") Template notFound) {
        this.runner = runner;
        this.suites = suites;
        this.llm = llm;
        this.pages = pages;
        this.listPage = listPage;
        this.runPage = runPage;
        this.comparePage = comparePage;
        this.notFound = notFound;
    }

    /** A run as a line of the list. */
    public record Line(String id, String status, String suites, String models, int done, int total, String passRate,
                       String createdAt) {
    }

    /** A score with its figures as shown. */
    public record Row(String suite, String model, String passRate, String spread, String recall, String precision,
                      String cleanFp, String schema, String tokens, String cost, String latency) {
    }

    /** One case in two runs, when they differ. */
    public record Change(String key, String first, String second) {
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return pages.signInFirst(uri).orElseGet(() -> listPage(List.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("suite") List<String> chosen, @FormParam("models") String models,
                          @FormParam("repeat") String repeat, @FormParam("maxCost") String maxCost,
                          @FormParam("csrf") String csrf, @Context HttpHeaders headers, @Context UriInfo uri) {
        Optional<Response> signIn = pages.signInFirst(uri);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        if (!pages.formAllowed(headers, uri, csrf)) {
            return notFound(403, "This request did not come from this site's page: reload it and try again.");
        }
        List<String> problems = new ArrayList<>();
        Integer times = number(repeat, "repeat", Integer::valueOf, problems);
        Double cost = number(maxCost, "maximum cost", Double::valueOf, problems);
        if (!problems.isEmpty()) {
            return listPage(problems, 400);
        }
        List<String> modelNames = models == null ? List.of()
                : List.of(models.split("[,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        try {
            EvalRun run = runner.start(new EvalRequest(chosen, modelNames, times, cost), pages.owner());
            return Response.seeOther(URI.create("/evals/" + run.id())).build();
        } catch (InvalidSuiteException e) {
            return listPage(e.problems(), 400);
        } catch (InvalidParametersException e) {
            return listPage(e.problems().stream().map(p -> p.parameter() + ": " + p.message()).toList(), 400);
        }
    }

    @GET
    @Path("/{id}")
    public Response run(@PathParam("id") String id, @Context UriInfo uri) {
        return pages.signInFirst(uri).orElseGet(() -> runner.view(id, pages.owner())
                .map(run -> Response.ok(pages.page(runPage.data("run", run).data("rows", rows(run.scores()))
                        .data("failed", run.cases().stream().filter(c -> !c.passed()).toList())
                        .data("refresh", run.isRunning() ? REFRESH_SECONDS : 0), "evals").render()).build())
                .orElseGet(() -> notFound(404, "Evaluation run not found.")));
    }

    @GET
    @Path("/{id}/chart.svg")
    @Produces("image/svg+xml")
    public Response chart(@PathParam("id") String id, @Context UriInfo uri) {
        if (pages.signInFirst(uri).isPresent()) {
            return Response.status(401).build();
        }
        return runner.view(id, pages.owner()).map(run -> Response.ok(ScoreChart.svg(run.scores().stream()
                        .filter(s -> s.suite().equals(Score.ALL)).toList()), "image/svg+xml").build())
                .orElseGet(() -> Response.status(404).build());
    }

    @GET
    @Path("/compare")
    public Response compare(@QueryParam("a") String a, @QueryParam("b") String b, @Context UriInfo uri) {
        return pages.signInFirst(uri).orElseGet(() -> {
            Optional<EvalRun> first = a == null ? Optional.empty() : runner.view(a, pages.owner());
            Optional<EvalRun> second = b == null ? Optional.empty() : runner.view(b, pages.owner());
            if (first.isEmpty() || second.isEmpty()) {
                return notFound(404, "Pick two of your evaluation runs to compare.");
            }
            return Response.ok(pages.page(comparePage.data("first", first.get()).data("second", second.get())
                    .data("firstRows", rows(overall(first.get()))).data("secondRows", rows(overall(second.get())))
                    .data("changes", changes(first.get(), second.get())), "evals").render()).build();
        });
    }

    private Response listPage(List<String> problems, Integer status) {
        List<String> names = List.of();
        List<String> suiteProblems = List.of();
        try {
            names = suites.load(List.of()).stream().map(EvalSuite::name).toList();
        } catch (InvalidSuiteException e) {
            suiteProblems = e.problems();
        }
        List<Line> lines = runner.list(pages.owner(), LIST_LIMIT).stream().map(r -> new Line(r.id(), r.status(),
                String.join(", ", r.suites()), String.join(", ", r.models()), r.done(), r.total(),
                r.models().stream().map(m -> r.overall(m).map(s -> m + " " + ScoreChart.percentOf(s.passRate())).orElse(m))
                        .collect(Collectors.joining(", ")), r.createdAt().toString())).toList();
        String page = pages.page(listPage.data("suites", names).data("suiteProblems", suiteProblems)
                .data("models", llm.models().stream().sorted().toList()).data("runs", lines)
                .data("problems", problems), "evals").render();
        return Response.status(status == null ? 200 : status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static List<Score> overall(EvalRun run) {
        return run.scores().stream().filter(s -> s.suite().equals(Score.ALL)).toList();
    }

    static List<Row> rows(List<Score> scores) {
        return scores.stream().map(s -> new Row(s.suite().equals(Score.ALL) ? "all suites" : s.suite(), s.model(),
                ScoreChart.percentOf(s.passRate()) + " (" + s.passed() + "/" + s.cases() + ")",
                s.passRateMin() == null ? "" : ScoreChart.percentOf(s.passRateMin()) + "–" + ScoreChart.percentOf(s.passRateMax()),
                s.recall() == null ? "–" : ScoreChart.percentOf(s.recall()) + " (" + s.found() + "/" + s.planted() + ")",
                s.precision() == null ? "–" : ScoreChart.percentOf(s.precision()) + " (" + s.found() + "/" + s.findings() + ")",
                s.cleanFalsePositives() + " in " + s.cleanCases(),
                s.schemaFirst() == null ? "–" : ScoreChart.percentOf(s.schemaFirst()) + " / " + ScoreChart.percentOf(s.schemaFinal()),
                s.inputTokens() + " / " + s.outputTokens(),
                s.cost() == null ? "no price" : String.format(Locale.ROOT, "$%.4f", s.cost()),
                s.latencyP50() + " / " + s.latencyP95() + " ms")).toList();
    }

    private static List<Change> changes(EvalRun first, EvalRun second) {
        Map<String, CaseResult> before = first.cases().stream().collect(Collectors.toMap(EvalPages::caseKey, c -> c, (x, y) -> x));
        List<Change> changes = new ArrayList<>();
        for (CaseResult c : second.cases()) {
            CaseResult was = before.get(caseKey(c));
            if (was == null || was.passed() != c.passed()) {
                changes.add(new Change(caseKey(c), was == null ? "not run" : verdict(was), verdict(c)));
            }
        }
        return changes;
    }

    private static String caseKey(CaseResult c) {
        return c.suite() + "/" + c.caseId() + " [" + c.model() + (c.repeat() > 1 ? " #" + c.repeat() : "") + "]";
    }

    private static String verdict(CaseResult c) {
        return (c.passed() ? "pass: " : "fail: ") + c.reason();
    }

    private static <T> T number(String text, String name, Function<String, T> parse, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            problems.add(name + ": '" + text + "' is not a number");
            return null;
        }
    }

    private Response notFound(int status, String message) {
        return Response.status(status).entity(pages.page(notFound.data("message", message).data("back", "/evals")
                .data("backLabel", "Evaluations"), "evals").render()).build();
    }
}

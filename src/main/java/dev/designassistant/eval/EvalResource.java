package dev.designassistant.eval;

import dev.designassistant.api.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Evaluations over HTTP: {@code POST /api/evals} starts a run (202, its Location), {@code GET /api/evals/{id}} shows
 * it with the scorecard so far, and the scorecard as Markdown, its SVG chart and JUnit XML have their own paths.
 */
@Path("/api/evals")
@Produces(MediaType.APPLICATION_JSON)
public class EvalResource {

    private static final int LIST_LIMIT = 50;

    private final EvalRunner runner;
    private final Caller caller;

    public EvalResource(EvalRunner runner, Caller caller) {
        this.runner = runner;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(EvalRequest request, @Context UriInfo uri) {
        EvalRun run = runner.start(request, caller.owner());
        return Response.accepted(run).location(uri.getBaseUriBuilder().path("api/evals/").path(run.id()).build())
                .build();
    }

    @GET
    public List<EvalRun> list() {
        return runner.list(caller.owner(), LIST_LIMIT);
    }

    @GET
    @Path("/{id}")
    public EvalRun get(@PathParam("id") String id) {
        return run(id);
    }

    @GET
    @Path("/{id}/scorecard")
    @Produces("text/markdown")
    public String scorecard(@PathParam("id") String id) {
        return MarkdownScorecard.of(run(id), "chart");
    }

    @GET
    @Path("/{id}/chart")
    @Produces("image/svg+xml")
    public String chart(@PathParam("id") String id) {
        return ScoreChart.svg(run(id).scores().stream().filter(s -> s.suite().equals(Score.ALL)).toList());
    }

    @GET
    @Path("/{id}/junit")
    @Produces(MediaType.APPLICATION_XML)
    public String junit(@PathParam("id") String id) {
        return JunitReport.of(run(id));
    }

    private EvalRun run(String id) {
        return runner.view(id, caller.owner()).orElseThrow(() -> new UnknownEvalRunException(id));
    }
}

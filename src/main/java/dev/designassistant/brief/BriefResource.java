package dev.designassistant.brief;

import dev.designassistant.api.Caller;
import dev.designassistant.api.Idempotency;
import dev.designassistant.api.NoCache;
import dev.designassistant.api.ClientLimits;
import dev.designassistant.api.ProblemMapper;
import dev.designassistant.session.Durability;
import dev.designassistant.chain.SessionDetails;
import dev.designassistant.session.SessionStore;
import dev.designassistant.trace.Tracing;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/briefs}: a design brief becomes a session at once (202 + Location); the answer and the
 * follow-up chain run in the background and can be watched at the session's events. With
 * {@code Prefer: wait=N} the request waits up to N seconds (at most 300) for the chain: 200 with the answers,
 * the LLM's error (503/504/502, with the session's Location) if a step failed, or the usual 202 when the chain is
 * still running. A repeat with the same {@code Idempotency-Key} gets the 202 of the session the first one created.
 * <p>
 * No thread waits for a request: the body is read on the event loop, the brief is stored on a virtual thread, and a
 * waiting request is suspended until the chain's future completes (the answer is read on the chain's own virtual
 * thread) or the wait runs out. A blocking method would hold a worker thread for the whole wait, capping waiting
 * briefs at the worker pool's size (200), far below what the LLM serves (BENCHMARKS.md, scenario B).
 */
@Path("/api/briefs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BriefResource {

    private static final Pattern WAIT = Pattern.compile("wait\\s*=\\s*(\\d{1,6})");
    private static final int MAX_WAIT_SECONDS = 300;

    private final BriefService briefs;
    private final SessionStore sessions;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ClientLimits limiter;
    private final ExecutorService storing;

    public BriefResource(BriefService briefs, SessionStore sessions, Idempotency idempotency, Caller caller,
                         ClientLimits limiter, Tracing tracing) {
        // the request's span goes with the brief to the virtual thread, to parent its session's span
        this.storing = tracing.propagating(Executors.newVirtualThreadPerTaskExecutor());
        this.briefs = briefs;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.caller = caller;
        this.limiter = limiter;
    }

    @POST
    public CompletionStage<Response> submit(BriefRequest request, @HeaderParam("Prefer") String prefer,
                                            @HeaderParam(NoCache.HEADER) String cacheControl,
                                            @Context HttpServerRequest http, @Context UriInfo uri) {
        boolean bypassCache = NoCache.asked(cacheControl);
        String idempotencyKey = Idempotency.key(http.headers().getAll(Idempotency.HEADER));
        // resolved here, on the request's thread: the threads that complete the answer have no request context
        URI sessionsBase = uri.getBaseUriBuilder().path("api/sessions/").build();
        String owner = caller.owner();
        int wait = waitSeconds(prefer);
        CompletableFuture<Response> answer = new CompletableFuture<>();
        storing.execute(() -> {
            try {
                Response replayed = idempotency.run(owner, idempotencyKey, "POST /api/briefs", request, recorder -> {
                    limiter.acquire(owner);
                    // a waiting client hears of the session only with the chain's end (stored durably first) or
                    // when the wait runs out (made durable then): one flush less per waited brief
                    RunningBrief accepted = briefs.accept(request, owner,
                            wait > 0 ? Durability.WITH_NEXT_WRITE : Durability.NOW, bypassCache);
                    URI location = sessionsBase.resolve(accepted.sessionId());
                    recorder.remember(Response.Status.ACCEPTED.getStatusCode(), BriefAccepted.of(accepted), location);
                    respond(accepted, owner, location, wait, answer);
                    return null; // answered by respond, now or when the chain ends
                });
                if (replayed != null) {
                    answer.complete(replayed);
                }
            } catch (RuntimeException e) {
                answer.completeExceptionally(e); // a domain exception, mapped to its problem+json
            }
        });
        return answer;
    }

    private void respond(RunningBrief accepted, String owner, URI location, int wait,
                         CompletableFuture<Response> answer) {
        Response stillRunning = Response.accepted(BriefAccepted.of(accepted)).location(location).build();
        if (wait == 0) {
            answer.complete(stillRunning);
            return;
        }
        accepted.chain().whenComplete((done, failure) -> {
            if (failure != null) {
                // the caller gets the failure's own problem, and where the session is to resume it (an absolute URI:
                // off the request's thread a relative one could not be resolved)
                answer.complete(Response.fromResponse(ProblemMapper.problem(failure)).location(location).build());
                return;
            }
            try {
                // the checks of the brief just rendered: computing them again from the stored parameters would cost as much
                SessionDetails session = SessionDetails.of(sessions.view(accepted.sessionId(), owner),
                        accepted.brief().checks());
                answer.complete(Response.ok(BriefAnswered.of(accepted, session)).location(location)
                        .header("Preference-Applied", "wait=" + wait).build());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        // still running when the wait is over: answer as without the preference, once the session is in the file
        CompletableFuture<Void> waitOver = new CompletableFuture<Void>().completeOnTimeout(null, wait, TimeUnit.SECONDS);
        answer.whenComplete((done, failure) -> waitOver.cancel(false)); // answered: the timer goes at once
        waitOver.thenRunAsync(() -> {
            try {
                sessions.awaitDurable();
                answer.complete(stillRunning);
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, storing);
    }

    private static int waitSeconds(String prefer) {
        if (prefer == null) {
            return 0;
        }
        Matcher m = WAIT.matcher(prefer);
        return m.find() ? Math.min(Integer.parseInt(m.group(1)), MAX_WAIT_SECONDS) : 0;
    }

    @PreDestroy
    void stop() {
        storing.shutdownNow();
    }
}

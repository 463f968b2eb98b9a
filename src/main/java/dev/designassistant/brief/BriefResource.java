package dev.designassistant.brief;

import dev.designassistant.api.Caller;
import dev.designassistant.api.Idempotency;
import dev.designassistant.llm.SpendingLimiter;
import dev.designassistant.session.SessionDetails;
import dev.designassistant.session.SessionStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/briefs}: a design brief becomes a session at once (202 + Location); the answer and the
 * follow-up chain run in the background and can be watched at the session's events. With
 * {@code Prefer: wait=N} the request waits up to N seconds (at most 300) for the chain: 200 with the answers,
 * the LLM's error (503/504/502) if a step failed, or the usual 202 when the chain is still running.
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
    private final SpendingLimiter limiter;

    public BriefResource(BriefService briefs, SessionStore sessions, Idempotency idempotency, Caller caller,
                         SpendingLimiter limiter) {
        this.limiter = limiter;
        this.briefs = briefs;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    public Response submit(BriefRequest request, @HeaderParam("Prefer") String prefer,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        String owner = caller.owner();
        return idempotency.run(owner, idempotencyKey, "POST /api/briefs", request,
                recorder -> submit(request, owner, waitSeconds(prefer), recorder));
    }

    /** A repeat with the same key gets the 202 of the session this request created, whatever the wait. */
    private Response submit(BriefRequest request, String owner, int wait, Idempotency.Recorder recorder) {
        limiter.acquire(owner);
        AcceptedBrief accepted = briefs.accept(request, owner);
        URI location = URI.create("/api/sessions/" + accepted.sessionId());
        recorder.remember(Response.Status.ACCEPTED.getStatusCode(), BriefAccepted.of(accepted), location);
        if (wait > 0) {
            try {
                accepted.chain().get(wait, TimeUnit.SECONDS);
                SessionDetails session = SessionDetails.of(sessions.view(accepted.sessionId(), owner));
                return Response.ok(BriefAnswered.of(accepted, session)).location(location)
                        .header("Preference-Applied", "wait=" + wait).build();
            } catch (ExecutionException e) {
                // the caller gets the failure's own status, and where the session is to resume it
                throw new ChainStoppedException(accepted.sessionId(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException e) {
                // still running: answer as without the preference
            }
        }
        return Response.accepted(BriefAccepted.of(accepted)).location(location).build();
    }

    private static int waitSeconds(String prefer) {
        if (prefer == null) {
            return 0;
        }
        Matcher m = WAIT.matcher(prefer);
        return m.find() ? Math.min(Integer.parseInt(m.group(1)), MAX_WAIT_SECONDS) : 0;
    }
}

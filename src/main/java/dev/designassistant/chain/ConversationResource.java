package dev.designassistant.chain;

import dev.designassistant.api.Caller;
import dev.designassistant.api.Idempotency;
import dev.designassistant.api.ClientLimits;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionStatus;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.StepClaims;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;

import java.util.Map;

/** Continue a session: ask a follow-up in the same memory, watch its chain live, resume a failed chain. */
@Path("/api/sessions/{id}")
public class ConversationResource {

    private final SessionStore store;
    private final StepClaims claims;
    private final ChainRunner runner;
    private final ChainEvents events;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ClientLimits limiter;
    private final Conversation conversation;

    public ConversationResource(SessionStore store, StepClaims claims, ChainRunner runner, ChainEvents events,
                                Idempotency idempotency, Caller caller, ClientLimits limiter,
                                Conversation conversation) {
        this.conversation = conversation;
        this.limiter = limiter;
        this.idempotency = idempotency;
        this.caller = caller;
        this.store = store;
        this.claims = claims;
        this.runner = runner;
        this.events = events;
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("id") String id, AskRequest request, @Context HttpServerRequest http) {
        String idempotencyKey = Idempotency.key(http.headers().getAll(Idempotency.HEADER));
        String question = request == null ? null : request.content();
        Conversation.requireQuestion("content", question);
        String owner = caller.owner();
        return idempotency.run(owner, idempotencyKey, "POST /api/sessions/" + id + "/messages", request,
                recorder -> {
                    limiter.acquire(owner);
                    Message answer = conversation.ask(id, owner, question);
                    recorder.remember(Response.Status.OK.getStatusCode(), answer, null);
                    return Response.ok(answer).build();
                });
    }

    @POST
    @Path("/chain/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("id") String id) {
        limiter.acquire(caller.owner());
        int resumed = claims.resume(id, caller.owner());
        runner.start(id);
        return Response.accepted(Map.of("sessionId", id, "resumedSteps", resumed))
                .header("Location", "/api/sessions/" + id).build();
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        store.requireOwned(id, caller.owner()); // 404 before the stream opens
        return events.watch(id) // the owner was checked before the stream opened
                .map(event -> sse.newEventBuilder().name(event.type()).data(events.json(event)).build());
    }

    /**
     * HEAD of the event stream: its headers at once, never the stream itself (which stays open while the chain runs
     * and would hold the connection's next request until the chain ends).
     */
    @HEAD
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Response eventsHead(@PathParam("id") String id) {
        store.requireOwned(id, caller.owner());
        return Response.ok().type(MediaType.SERVER_SENT_EVENTS_TYPE).build();
    }
}

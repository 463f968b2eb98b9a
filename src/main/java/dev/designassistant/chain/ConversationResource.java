package dev.designassistant.chain;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.catalog.Values;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.Owner;
import dev.designassistant.session.SessionDetails;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.SessionView;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.List;
import java.util.Map;

/** Continue a session: ask a follow-up in the same memory, watch its chain live, resume a failed chain. */
@Path("/api/sessions/{id}")
public class ConversationResource {

    private static final int MAX_QUESTION = 20_000;

    private final SessionStore store;
    private final ChainRunner runner;
    private final ChainEvents events;
    private final ChainInstance instance;

    public ConversationResource(SessionStore store, ChainRunner runner, ChainEvents events, ChainInstance instance) {
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.instance = instance;
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Message ask(@PathParam("id") String id, AskRequest request) {
        String question = request == null ? null : request.content();
        if (question == null || question.isBlank() || question.length() > MAX_QUESTION) {
            throw new InvalidParametersException("message", List.of(new ParameterProblem("content",
                    "is required: a question of 1 to " + MAX_QUESTION + " characters")));
        }
        Values.unsafeCharacter(question).ifPresent(why -> {
            throw new InvalidParametersException("message", List.of(new ParameterProblem("content", why)));
        });
        ClaimedStep claimed = store.addUserStep(id, Owner.ANONYMOUS, question, instance.id(), instance.lease());
        return runner.answerNow(claimed);
    }

    @POST
    @Path("/chain/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("id") String id) {
        int resumed = store.resume(id, Owner.ANONYMOUS);
        runner.start(id);
        return Response.accepted(Map.of("sessionId", id, "resumedSteps", resumed))
                .header("Location", "/api/sessions/" + id).build();
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        store.view(id, Owner.ANONYMOUS); // 404 before the stream opens
        events.watch(id, sink, sse);
        SessionView view = store.view(id, Owner.ANONYMOUS);
        events.send(sink, sse, new ChainEvent("state", id, null, SessionDetails.statusOf(view.steps()), null, view.steps()));
        if (!"running".equals(SessionDetails.statusOf(view.steps()))) {
            events.send(sink, sse, new ChainEvent("chain-done", id, null, SessionDetails.statusOf(view.steps()), null,
                    view.steps()));
            sink.close();
        }
    }
}

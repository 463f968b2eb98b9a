package dev.designassistant.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Objects;

/** Read and delete stored sessions. Asking and watching live in the chain package's ConversationResource. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionStore store;
    private final ObjectMapper json;

    public SessionResource(SessionStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @GET
    public SessionPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return new SessionPage(store.page(Owner.ANONYMOUS, page * size, size).stream().map(SessionSummary::of).toList(),
                page, size, store.count(Owner.ANONYMOUS));
    }

    @GET
    @Path("/{id}")
    public SessionDetails get(@PathParam("id") String id) {
        return details(store.view(id, Owner.ANONYMOUS));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        store.delete(id, Owner.ANONYMOUS);
        return Response.noContent().build();
    }

    private SessionDetails details(SessionView view) {
        Session s = view.session();
        long in = view.messages().stream().map(Message::inputTokens).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        long out = view.messages().stream().map(Message::outputTokens).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        try {
            return new SessionDetails(s.id(), s.templateId(), s.templateHash(), s.model(),
                    SessionDetails.statusOf(view.steps()), json.readTree(s.parameters()), json.readTree(s.warnings()),
                    view.steps(), view.messages(), new SessionDetails.Usage(in, out), s.createdAt(), s.updatedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }
}

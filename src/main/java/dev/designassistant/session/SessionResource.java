package dev.designassistant.session;

import dev.designassistant.api.Caller;
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


/** Read and delete stored sessions. Asking and watching live in the chain package's ConversationResource. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionStore store;
    private final Caller caller;

    public SessionResource(SessionStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    @GET
    public SessionPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return new SessionPage(store.page(caller.owner(), page * size, size).stream().map(SessionSummary::of).toList(),
                page, size, store.count(caller.owner()));
    }

    @GET
    @Path("/{id}")
    public SessionDetails get(@PathParam("id") String id) {
        return SessionDetails.of(store.view(id, caller.owner()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        store.delete(id, caller.owner());
        return Response.noContent().build();
    }
}

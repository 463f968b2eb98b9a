package dev.designassistant.session;

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

    public SessionResource(SessionStore store) {
        this.store = store;
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
        return SessionDetails.of(store.view(id, Owner.ANONYMOUS));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        store.delete(id, Owner.ANONYMOUS);
        return Response.noContent().build();
    }
}

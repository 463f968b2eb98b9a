package dev.designassistant.session;

import dev.designassistant.api.Caller;
import jakarta.validation.constraints.Pattern;
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

    /**
     * Page and size are read as text and checked here, so that {@code page=abc} is a 400 like {@code page=-1} (not
     * JAX-RS' 404 for an unconvertible query parameter) and page × size can never overflow into a negative offset.
     */
    @GET
    public SessionPage list(@QueryParam("page") @DefaultValue("0")
                            @Pattern(regexp = "\\d{1,6}", message = "must be a whole number from 0 to 999999") String page,
                            @QueryParam("size") @DefaultValue("20")
                            @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100") String size) {
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        return new SessionPage(store.page(caller.owner(), pageNumber * pageSize, pageSize).stream()
                .map(SessionSummary::of).toList(), pageNumber, pageSize, store.count(caller.owner()));
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

package dev.designassistant.chain;

import dev.designassistant.api.Caller;
import dev.designassistant.api.InvalidRequestException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.session.SessionConfig;
import dev.designassistant.session.SessionStore;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Read and delete stored sessions (moved here from the session package, which is the store only). Asking and
 * watching live in {@link ConversationResource}.
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final Pattern PAGE = Pattern.compile("\\d{1,6}");
    private static final Pattern SIZE = Pattern.compile("[1-9]\\d{0,5}");

    private final SessionStore store;
    private final Caller caller;
    private final int maxPageSize;

    public SessionResource(SessionStore store, Caller caller, SessionConfig config) {
        this.store = store;
        this.caller = caller;
        this.maxPageSize = config.maxPageSize();
    }

    /**
     * Page and size are read as text and checked here, so that {@code page=abc} is a 400 like {@code page=-1} (not
     * JAX-RS' 404 for an unconvertible query parameter) and page × size can never overflow into a negative offset.
     * The largest size is {@code assistant.sessions.max-page-size}.
     */
    @GET
    public SessionPage list(@QueryParam("page") @DefaultValue("0") String page,
                            @QueryParam("size") @DefaultValue("20") String size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!PAGE.matcher(page).matches()) {
            problems.add(new FieldProblem("page", "must be a whole number from 0 to 999999"));
        }
        if (!SIZE.matcher(size).matches() || Integer.parseInt(size) > maxPageSize) {
            problems.add(new FieldProblem("size", "must be a whole number from 1 to " + maxPageSize));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
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

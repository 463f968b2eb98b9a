package dev.designassistant.api;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * The problem of an error the HTTP layer finds (Vert.x before the router, the router, RESTEasy's own matching): one
 * type per status, {@code /problems/http-<status>}, whichever layer answers.
 */
public final class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private HttpProblems() {
    }

    /** The problem for that status, with what went wrong this time. */
    public static Problem of(int status, String detail) {
        return Problem.of("http-" + status, reason(status), status, detail);
    }

    /** A bug of ours: a 500 problem whose incident id is also in the log, with the stack trace. */
    public static Problem incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problem.of("internal-error", "Internal error", 500,
                "The service failed unexpectedly; quote incident " + incident + " to the operator.");
    }

    /** The status's reason phrase, or a generic one for a status Jakarta REST does not name. */
    public static String reason(int status) {
        return switch (status) {
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "Request rejected" : known.getReasonPhrase();
            }
        };
    }
}

package dev.designassistant.api;

import jakarta.ws.rs.core.Response;

/**
 * The problem of an error the HTTP layer finds (Vert.x before the router, the router, RESTEasy's own matching): one
 * type per status, {@code /problems/http-<status>}, whichever layer answers.
 */
public final class HttpProblems {

    private HttpProblems() {
    }

    /** The problem for that status, with what went wrong this time. */
    public static Problem of(int status, String detail) {
        return Problem.of("http-" + status, reason(status), status, detail);
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

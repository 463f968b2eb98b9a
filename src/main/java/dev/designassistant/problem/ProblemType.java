package dev.designassistant.problem;

/**
 * A kind of problem a client can run into, as RFC 9457 names it: a stable slug (its type is
 * {@code /problems/<slug>}), a short title and the status it is answered with.
 */
public record ProblemType(String slug, String title, int status) {
}

package dev.designassistant.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type   a stable URI reference per kind of problem ({@code /problems/invalid-parameters})
 * @param title  short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param errors one entry per problem, when there are several
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** Media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem with one parameter or field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String parameter, String message) {
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, null);
    }
}

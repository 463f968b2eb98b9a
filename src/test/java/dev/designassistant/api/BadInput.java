package dev.designassistant.api;

import java.nio.charset.StandardCharsets;

/**
 * One row of the bad-input corpus: a request and the exact problem it must get.
 *
 * @param name        what is wrong with the request, as the test's display name
 * @param method      HTTP method
 * @param path        request path; {@code {session}} stands for an existing session's id
 * @param contentType the Content-Type header, or null for none
 * @param body        the raw body bytes, or null for none
 * @param status      the exact status expected
 * @param type        the exact problem type expected
 */
record BadInput(String name, String method, String path, String contentType, byte[] body, int status, String type) {

    static final String JSON = "application/json";

    /** A JSON body given as text, sent as UTF-8. */
    static BadInput post(String name, String path, String json, int status, String slug) {
        return new BadInput(name, "POST", path, JSON, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                status, "/problems/" + slug);
    }

    /** A body given as raw bytes with the given Content-Type. */
    static BadInput raw(String name, String path, String contentType, byte[] body, int status, String slug) {
        return new BadInput(name, "POST", path, contentType, body, status, "/problems/" + slug);
    }

    /** A request without a body. */
    static BadInput bodiless(String name, String method, String path, int status, String slug) {
        return new BadInput(name, method, path, null, null, status, "/problems/" + slug);
    }

    @Override
    public String toString() {
        return name;
    }
}

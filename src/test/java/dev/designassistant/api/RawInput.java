package dev.designassistant.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One raw row of the bad-input corpus: a request sent byte for byte over a socket (for what an HTTP client will not
 * send) and the exact problem it must get.
 *
 * @param name    what is wrong with the request, as the test's display name
 * @param method  HTTP method
 * @param target  the request target as raw bytes (ISO-8859-1 text); {@code {session}} stands for a session's id
 * @param headers header lines besides Host, Content-Length and Connection
 * @param body    the body bytes, or null for none
 * @param status  the exact status expected
 * @param type    the exact problem type expected
 */
record RawInput(String name, String method, String target, List<String> headers, byte[] body, int status, String type) {

    static RawInput of(String name, String method, String target, List<String> headers, String json, int status,
                       String slug) {
        return new RawInput(name, method, target, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                status, "/problems/" + slug);
    }

    byte[] bytes(String session) {
        return RawHttp.request(method, target.replace("{session}", session),
                headers.stream().map(h -> h.replace("{session}", session)).toList(), body);
    }

    @Override
    public String toString() {
        return name;
    }
}

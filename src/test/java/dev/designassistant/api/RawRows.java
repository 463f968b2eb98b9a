package dev.designassistant.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.designassistant.api.BadInputCorpus.BRIEFS;
import static dev.designassistant.api.BadInputCorpus.MESSAGES;
import static dev.designassistant.api.BadInputCorpus.RENDER;
import static dev.designassistant.api.BadInputCorpus.REVIEWS;

/**
 * Rows sent over raw sockets: what the HTTP layer itself rejects (request lines, paths, header sizes, chunked
 * bodies), headers an HTTP client would tidy up (empty, repeated, malformed), and every method on every path.
 */
final class RawRows {

    static final String SESSION = "/api/sessions/{session}";
    private static final String JSON = "Content-Type: application/json";

    private RawRows() {
    }

    static List<RawInput> all() {
        List<RawInput> rows = new ArrayList<>();
        rows.addAll(httpLayer());
        rows.addAll(headers());
        rows.addAll(methods());
        return rows;
    }

    /** Errors the HTTP layer finds before any endpoint runs: each is problem+json like the service's own. */
    static List<RawInput> httpLayer() {
        List<RawInput> rows = new ArrayList<>();
        for (String target : List.of("/api/sessions/%zz", "/api/sessions/%", "/api/sessions/%4", "/api/templates/%G1",
                "/api/sessions/{session}/report?format=%zz")) {
            rows.add(RawInput.of("a malformed percent-encoding: " + target, "GET", target, List.of(), null, 400,
                    "http-400"));
        }
        rows.add(RawInput.of("a malformed percent-encoding in a POST", "POST", "/api/sessions/%zz/messages",
                List.of(JSON), "{\"content\": \"why?\"}", 400, "http-400"));
        for (String raw : List.of("/api/sessions/caf\u00c3\u00a9", "/api/sessions/\u0080", "/api/templates/\u00ff/render",
                "/api/sessions/{session}/report?format=h\u00e9")) {
            rows.add(RawInput.of("raw non-ASCII in the request target: " + raw.replace("{session}", "…"), "GET", raw,
                    List.of(), null, 400, "http-400"));
        }
        rows.add(RawInput.of("a raw control character in the path", "GET", "/api/sessions/a\u0001b", List.of(), null,
                400, "http-400"));
        rows.add(RawInput.of("a 9,000-byte request target", "GET", "/api/sessions/" + "a".repeat(9_000), List.of(),
                null, 414, "http-414"));
        rows.add(RawInput.of("a 9,000-byte query", "GET", "/api/sessions?page=" + "1".repeat(9_000), List.of(),
                null, 414, "http-414"));
        rows.add(RawInput.of("a 40 kB header", "GET", "/api/templates", List.of("X-Padding: " + "a".repeat(40_000)),
                null, 431, "http-431"));
        rows.add(RawInput.of("200 headers of 200 bytes", "GET", "/api/templates",
                java.util.stream.IntStream.range(0, 200).mapToObj(i -> "X-Pad-" + i + ": " + "b".repeat(200)).toList(),
                null, 431, "http-431"));
        byte[] big = ("{\"content\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of(BRIEFS, MESSAGES, RENDER, REVIEWS, BadInputCorpus.REVISIONS)) {
            rows.add(new RawInput("a chunked body over the size limit (" + path.substring(path.lastIndexOf('/') + 1)
                    + ")", "POST", path, List.of(JSON, "Transfer-Encoding: chunked"), RawHttp.chunked(big), 413,
                    "/problems/http-413"));
            rows.add(new RawInput("a Content-Length over the size limit (" + path.substring(path.lastIndexOf('/') + 1)
                    + ")", "POST", path, List.of(JSON), big, 413, "/problems/http-413"));
        }
        return rows;
    }

    /** Headers that are empty, repeated, malformed or contradictory. */
    static List<RawInput> headers() {
        String ask = "{\"content\": \"why?\"}";
        List<RawInput> rows = new ArrayList<>();
        rows.add(RawInput.of("an empty Idempotency-Key on a message", "POST", MESSAGES,
                List.of(JSON, "Idempotency-Key:"), ask, 400, "invalid-request"));
        rows.add(RawInput.of("a blank Idempotency-Key on a brief", "POST", BRIEFS,
                List.of(JSON, "Idempotency-Key:    "), "{}", 400, "invalid-request"));
        rows.add(RawInput.of("two Idempotency-Keys on a message", "POST", MESSAGES,
                List.of(JSON, "Idempotency-Key: first-key", "Idempotency-Key: second-key"), ask, 400, "invalid-request"));
        rows.add(RawInput.of("two keys in one Idempotency-Key on a brief", "POST", BRIEFS,
                List.of(JSON, "Idempotency-Key: first-key, second-key"), "{}", 400, "invalid-request"));
        rows.add(RawInput.of("an Idempotency-Key of 201 characters", "POST", MESSAGES,
                List.of(JSON, "Idempotency-Key: " + "k".repeat(201)), ask, 400, "invalid-request"));
        rows.add(RawInput.of("an Idempotency-Key with a space inside", "POST", MESSAGES,
                List.of(JSON, "Idempotency-Key: a b"), ask, 400, "invalid-request"));
        for (String accept : List.of(";;;", "text", "text/html;q=abc", "text/html;q=2", "/", "a/b/c", "text/html;;q=",
                "text/\u00e9")) {
            rows.add(RawInput.of("a malformed Accept on a report: " + accept, "GET", SESSION + "/report",
                    List.of("Accept: " + accept), null, 400, "invalid-request"));
        }
        rows.add(RawInput.of("a malformed Accept on a session", "GET", SESSION, List.of("Accept: ;;;"), null, 400,
                "invalid-request"));
        rows.add(RawInput.of("a malformed Accept on the templates", "GET", "/api/templates", List.of("Accept: ,,/,,"),
                null, 400, "invalid-request"));
        rows.add(RawInput.of("a malformed Accept on a brief", "POST", BRIEFS, List.of(JSON, "Accept: x;y"), "{}", 400,
                "invalid-request"));
        rows.add(RawInput.of("Accept: text/html;q=0 only, on a report", "GET", SESSION + "/report",
                List.of("Accept: text/html;q=0"), null, 406, "http-406"));
        rows.add(RawInput.of("Accept: application/json;q=0 on a session", "GET", SESSION,
                List.of("Accept: application/json;q=0"), null, 406, "http-406"));
        rows.add(RawInput.of("Accept: */*, application/json;q=0 on a session", "GET", SESSION,
                List.of("Accept: */*, application/json;q=0"), null, 406, "http-406"));
        rows.add(RawInput.of("Accept: image/png on a report", "GET", SESSION + "/report", List.of("Accept: image/png"),
                null, 406, "http-406"));
        return rows;
    }

    /** A wrong method on every path that exists: 405, never 404. */
    static List<RawInput> methods() {
        List<RawInput> rows = new ArrayList<>();
        String[][] wrong = {
                {"GET", MESSAGES}, {"PUT", MESSAGES}, {"DELETE", MESSAGES}, {"PATCH", MESSAGES},
                {"GET", SESSION + "/chain/resume"}, {"DELETE", SESSION + "/chain/resume"},
                {"POST", SESSION + "/report"}, {"PUT", SESSION + "/report"}, {"DELETE", SESSION + "/report"},
                {"DELETE", SESSION + "/events"}, {"POST", SESSION + "/events"},
                {"POST", SESSION}, {"PUT", SESSION}, {"PATCH", SESSION},
                {"DELETE", "/api/sessions"}, {"POST", "/api/sessions"},
                {"GET", REVIEWS}, {"DELETE", BRIEFS}, {"PATCH", RENDER},
                {"POST", "/api/templates"}, {"DELETE", "/api/templates/pattern-selection"},
                {"TRACE", BRIEFS}, {"TRACE", SESSION},
                {"GET", SESSION + "/revisions"}, {"DELETE", SESSION + "/revisions"},
                {"POST", SESSION + "/diff"}, {"DELETE", SESSION + "/diff"},
        };
        for (String[] request : wrong) {
            rows.add(RawInput.of(request[0] + " on " + request[1].replace("{session}", "{id}"), request[0], request[1],
                    List.of(), null, 405, "http-405"));
        }
        return rows;
    }
}

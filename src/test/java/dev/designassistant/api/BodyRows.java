package dev.designassistant.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.designassistant.api.BadInput.post;
import static dev.designassistant.api.BadInput.raw;
import static dev.designassistant.api.BadInputCorpus.BRIEFS;
import static dev.designassistant.api.BadInputCorpus.MESSAGES;
import static dev.designassistant.api.BadInputCorpus.RENDER;
import static dev.designassistant.api.BadInputCorpus.REVIEWS;
import static dev.designassistant.api.BadInputCorpus.REVISIONS;
import static dev.designassistant.api.BadInputCorpus.quoted;
import static dev.designassistant.api.BadInputCorpus.render;
import static dev.designassistant.api.BadInputCorpus.with;

/** Rows about the body as a whole: malformed JSON (on each endpoint that takes a body) and wrong content types. */
final class BodyRows {

    private static final String MALFORMED = "malformed-request";

    private BodyRows() {
    }

    static List<BadInput> malformedJson() {
        String valid = render(with("serviceCount", "4"));
        List<BadInput> cases = new ArrayList<>();
        for (String path : List.of(RENDER, BRIEFS, MESSAGES, REVIEWS, REVISIONS)) {
            String at = " (" + path.substring(path.lastIndexOf('/') + 1) + ")";
            cases.add(post("truncated JSON" + at, path, valid.substring(0, valid.length() / 2), 400, MALFORMED));
            cases.add(post("trailing garbage after the object" + at, path, "{} xyz", 400, MALFORMED));
            cases.add(post("a second object after the first" + at, path, "{} {}", 400, MALFORMED));
            cases.add(post("a JSON array as the body" + at, path, "[]", 400, MALFORMED));
            cases.add(post("a JSON string as the body" + at, path, "\"hello\"", 400, MALFORMED));
            cases.add(post("a JSON number as the body" + at, path, "42", 400, MALFORMED));
            cases.add(post("single-quoted names" + at, path, "{'content': 'x'}", 400, MALFORMED));
            cases.add(post("a comment in the body" + at, path, "/* hi */ {}", 400, MALFORMED));
            cases.add(post("an unquoted name" + at, path, "{content: \"x\"}", 400, MALFORMED));
            cases.add(post("a missing value" + at, path, "{\"content\": }", 400, MALFORMED));
            cases.add(post("an unknown top-level field" + at, path, "{\"colour\": \"blue\"}", 400, MALFORMED));
            cases.add(raw("bytes that are not UTF-8" + at, path, BadInput.JSON,
                    new byte[]{'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                    400, MALFORMED));
            cases.add(raw("Latin-1 text sent as UTF-8" + at, path, BadInput.JSON,
                    "{\"content\":\"caf\u00e9 cr\u00e8me\"}".getBytes(StandardCharsets.ISO_8859_1), 400, MALFORMED));
            cases.add(post("nesting deeper than the parser allows" + at, path,
                    "{\"parameters\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}", 400, MALFORMED));
        }
        cases.add(post("a raw line break inside a string", RENDER,
                render(with("availabilitySla", "\"99.9\n%\"")), 400, MALFORMED));
        cases.add(post("an invalid escape inside a string", RENDER,
                render(with("availabilitySla", "\"\\x41\"")), 400, MALFORMED));
        cases.add(post("NaN as a number", RENDER, render(with("serviceCount", "NaN")), 400, MALFORMED));
        cases.add(post("a number with leading zeros", RENDER, render(with("serviceCount", "007")), 400, MALFORMED));
        cases.add(post("a number of 2,000 digits", RENDER, render(with("serviceCount", "9".repeat(2_000))), 400,
                MALFORMED));
        return cases;
    }

    /** A name twice in one object, at the top or deeper down, on every endpoint that takes a body. */
    static List<BadInput> duplicateKeys() {
        List<BadInput> cases = new ArrayList<>();
        cases.add(post("content twice in a message", MESSAGES, "{\"content\": \"a\", \"content\": \"b\"}", 400, MALFORMED));
        cases.add(post("parameters twice in a render", RENDER, "{\"parameters\": {}, \"parameters\": {}}", 400,
                MALFORMED));
        cases.add(post("a parameter twice in a render", RENDER,
                render("{\"serviceCount\": 4, \"serviceCount\": 5}"), 400, MALFORMED));
        cases.add(post("template twice in a brief", BRIEFS,
                "{\"template\": \"pattern-selection\", \"template\": \"saga-design\", \"parameters\": {}}", 400,
                MALFORMED));
        cases.add(post("parameters twice in a brief", BRIEFS,
                "{\"template\": \"pattern-selection\", \"parameters\": {}, \"parameters\": {}}", 400, MALFORMED));
        cases.add(post("followUps twice in a brief", BRIEFS, "{\"template\": \"pattern-selection\", \"parameters\": "
                + with("serviceCount", "4") + ", \"followUps\": false, \"followUps\": true}", 400, MALFORMED));
        cases.add(post("a field twice in an object-list item", BRIEFS, "{\"template\": \"saga-design\", \"parameters\": "
                + "{\"services\": [{\"name\": \"a\", \"name\": \"b\"}]}}", 400, MALFORMED));
        cases.add(post("template twice in a review", REVIEWS,
                "{\"template\": \"pattern-code-review\", \"template\": \"saga-code-review\", \"parameters\": {}}",
                400, MALFORMED));
        cases.add(post("code twice in a review", REVIEWS, "{\"template\": \"pattern-code-review\", \"parameters\": "
                + "{\"code\": \"a\", \"code\": \"b\"}}", 400, MALFORMED));
        cases.add(post("parameters twice in a revision", REVISIONS, "{\"parameters\": {}, \"parameters\": {}}", 400,
                MALFORMED));
        cases.add(post("a parameter twice in a revision", REVISIONS,
                "{\"parameters\": {\"serviceCount\": 5, \"serviceCount\": 6}}", 400, MALFORMED));
        cases.add(post("a name twice, spelled with an escape", MESSAGES, "{\"content\": \"a\", \"\\u0063ontent\": \"b\"}",
                400, MALFORMED));
        return cases;
    }

    static List<BadInput> contentTypes() {
        byte[] body = render(with("serviceCount", "4")).getBytes(StandardCharsets.UTF_8);
        List<BadInput> cases = new ArrayList<>();
        for (String path : List.of(RENDER, BRIEFS, MESSAGES, REVIEWS, REVISIONS)) {
            String at = " (" + path.substring(path.lastIndexOf('/') + 1) + ")";
            cases.add(raw("text/plain" + at, path, "text/plain", body, 415, "http-415"));
            cases.add(raw("application/xml" + at, path, "application/xml", body, 415, "http-415"));
            cases.add(raw("a form" + at, path, "application/x-www-form-urlencoded", "a=b".getBytes(), 415, "http-415"));
        }
        cases.add(raw("multipart", RENDER, "multipart/form-data; boundary=x", body, 415, "http-415"));
        cases.add(raw("an unparsable media type", RENDER, "json", body, 415, "http-415"));
        return cases;
    }
}

package dev.designassistant.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.designassistant.api.BadInput.bodiless;
import static dev.designassistant.api.BadInput.post;
import static dev.designassistant.api.BadInput.raw;

/**
 * The bad-input corpus: malformed JSON, wrong content types, wrong JSON types, over-long values, Unicode that cannot
 * be stored or sent on, unknown templates, models, sessions and fields, bad paging. Each row names the exact status
 * and problem type; none may be a 5xx. Bodies are raw JSON text, so a row says exactly which bytes are sent.
 */
final class BadInputCorpus {

    static final String RENDER = "/api/templates/pattern-selection/render";
    static final String BRIEFS = "/api/briefs";
    static final String MESSAGES = "/api/sessions/{session}/messages";

    private static final String INVALID = "invalid-parameters";
    private static final String MALFORMED = "malformed-request";

    private BadInputCorpus() {
    }

    static List<BadInput> all() {
        List<BadInput> cases = new ArrayList<>();
        cases.addAll(malformedJson());
        cases.addAll(contentTypes());
        cases.addAll(wrongJsonTypes());
        cases.addAll(limits());
        cases.addAll(unicode());
        cases.addAll(briefFields());
        cases.addAll(otherTemplates());
        cases.addAll(messages());
        cases.addAll(pathsAndPaging());
        return cases;
    }

    /** Valid pattern-selection parameters as raw JSON values, in order; callers replace one. */
    static Map<String, String> patternSelection() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("serviceCount", "4");
        p.put("transactionType", "\"mixed\"");
        p.put("consistency", "\"eventual\"");
        p.put("availabilitySla", "\"99.99%\"");
        p.put("expectedLoad", "\"1,500 TPS\"");
        p.put("keyOperations", "[\"place order\", \"charge the card\"]");
        return p;
    }

    /** Pattern-selection parameters with one raw JSON value replaced (null removes it). */
    static String with(String name, String rawValue) {
        Map<String, String> p = patternSelection();
        if (rawValue == null) {
            p.remove(name);
        } else {
            p.put(name, rawValue);
        }
        return object(p);
    }

    static String object(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String render(String parameters) {
        return "{\"parameters\": " + parameters + "}";
    }

    static String brief(String template, String parameters, String extra) {
        return "{\"template\": " + template + ", \"parameters\": " + parameters + ", \"followUps\": false"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static List<BadInput> malformedJson() {
        String valid = render(with("serviceCount", "4"));
        List<BadInput> cases = new ArrayList<>();
        for (String path : List.of(RENDER, BRIEFS, MESSAGES)) {
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

    private static List<BadInput> contentTypes() {
        byte[] body = render(with("serviceCount", "4")).getBytes(StandardCharsets.UTF_8);
        List<BadInput> cases = new ArrayList<>();
        for (String path : List.of(RENDER, BRIEFS, MESSAGES)) {
            String at = " (" + path.substring(path.lastIndexOf('/') + 1) + ")";
            cases.add(raw("text/plain" + at, path, "text/plain", body, 415, "http-415"));
            cases.add(raw("application/xml" + at, path, "application/xml", body, 415, "http-415"));
            cases.add(raw("a form" + at, path, "application/x-www-form-urlencoded", "a=b".getBytes(), 415, "http-415"));
        }
        cases.add(raw("multipart", RENDER, "multipart/form-data; boundary=x", body, 415, "http-415"));
        cases.add(raw("an unparsable media type", RENDER, "json", body, 415, "http-415"));
        return cases;
    }

    private static List<BadInput> wrongJsonTypes() {
        List<BadInput> cases = new ArrayList<>();
        cases.add(post("parameters is a number", RENDER, render("42"), 400, INVALID));
        cases.add(post("parameters is a string", RENDER, render("\"x\""), 400, INVALID));
        cases.add(post("parameters is a list", RENDER, render("[" + with("serviceCount", "4") + "]"), 400, INVALID));
        cases.add(post("parameters is null", RENDER, render("null"), 400, INVALID));
        cases.add(post("an empty body", RENDER, null, 400, INVALID));
        cases.add(post("a null body", RENDER, "null", 400, INVALID));
        cases.add(post("number where a string is expected", RENDER, render(with("availabilitySla", "99.99")), 400,
                INVALID));
        cases.add(post("object where a string is expected", RENDER, render(with("availabilitySla", "{}")), 400,
                INVALID));
        cases.add(post("list where a string is expected", RENDER, render(with("availabilitySla", "[\"99.9%\"]")), 400,
                INVALID));
        cases.add(post("boolean where a string is expected", RENDER, render(with("availabilitySla", "true")), 400,
                INVALID));
        cases.add(post("string where a number is expected", RENDER, render(with("serviceCount", "\"four\"")), 400,
                INVALID));
        cases.add(post("numeric string where a number is expected", RENDER, render(with("serviceCount", "\"4\"")), 400,
                INVALID));
        cases.add(post("list where a number is expected", RENDER, render(with("serviceCount", "[4]")), 400, INVALID));
        cases.add(post("boolean where a number is expected", RENDER, render(with("serviceCount", "true")), 400,
                INVALID));
        cases.add(post("a number below its minimum", RENDER, render(with("serviceCount", "0")), 400, INVALID));
        cases.add(post("a negative number", RENDER, render(with("serviceCount", "-4")), 400, INVALID));
        cases.add(post("a number too large for a double", RENDER, render(with("serviceCount", "1e999999")), 400,
                INVALID));
        cases.add(post("a number too small for a double", RENDER, render(with("serviceCount", "-1e999999")), 400,
                INVALID));
        cases.add(post("a value outside the enum", RENDER, render(with("transactionType", "\"forever\"")), 400,
                INVALID));
        cases.add(post("an enum value in the wrong case", RENDER, render(with("transactionType", "\"MIXED\"")), 400,
                INVALID));
        cases.add(post("an enum value with spaces around it", RENDER,
                render(with("transactionType", "\" mixed \"")), 400, INVALID));
        cases.add(post("number where an enum is expected", RENDER, render(with("transactionType", "1")), 400,
                INVALID));
        cases.add(post("list where an enum is expected", RENDER, render(with("transactionType", "[\"mixed\"]")), 400,
                INVALID));
        cases.add(post("Qute syntax in an enum", RENDER, render(with("transactionType", "\"{#for x in y}{/for}\"")),
                400, INVALID));
        cases.add(post("Qute syntax in a number", RENDER, render(with("serviceCount", "\"{config:foo}\"")), 400,
                INVALID));
        cases.add(post("object where a list is expected", RENDER, render(with("keyOperations", "{\"a\": \"b\"}")),
                400, INVALID));
        cases.add(post("string where a list is expected", RENDER, render(with("keyOperations", "\"place order\"")),
                400, INVALID));
        cases.add(post("an empty required list", RENDER, render(with("keyOperations", "[]")), 400, INVALID));
        cases.add(post("a number as a list item", RENDER, render(with("keyOperations", "[42]")), 400, INVALID));
        cases.add(post("null as a list item", RENDER, render(with("keyOperations", "[null]")), 400, INVALID));
        cases.add(post("an empty list item", RENDER, render(with("keyOperations", "[\"\"]")), 400, INVALID));
        cases.add(post("an object as a list item", RENDER, render(with("keyOperations", "[{}]")), 400, INVALID));
        cases.add(post("a nested list as a list item", RENDER, render(with("keyOperations", "[[\"a\"]]")), 400,
                INVALID));
        cases.add(post("a required parameter missing", RENDER, render(with("availabilitySla", null)), 400, INVALID));
        cases.add(post("a required parameter null", RENDER, render(with("availabilitySla", "null")), 400, INVALID));
        cases.add(post("a required string empty", RENDER, render(with("availabilitySla", "\"\"")), 400, INVALID));
        cases.add(post("a required string blank", RENDER, render(with("availabilitySla", "\" \\t \"")), 400, INVALID));
        cases.add(post("a line break in a single-line string", RENDER,
                render(with("availabilitySla", "\"99.9%\\n99.99%\"")), 400, INVALID));
        cases.add(post("an unknown parameter", RENDER, render(with("colour", "\"blue\"")), 400, INVALID));
        cases.add(post("no parameters at all", RENDER, render("{}"), 400, INVALID));
        return cases;
    }

    private static List<BadInput> limits() {
        List<BadInput> cases = new ArrayList<>();
        cases.add(post("a string of 501 characters", RENDER, render(with("availabilitySla", quoted("a".repeat(501)))),
                400, INVALID));
        cases.add(post("a string of 100,000 characters", RENDER,
                render(with("availabilitySla", quoted("a".repeat(100_000)))), 400, INVALID));
        cases.add(post("a string of 501 emoji", RENDER,
                render(with("availabilitySla", quoted("\uD83D\uDE80".repeat(501)))), 400, INVALID));
        cases.add(post("a list item of 501 characters", RENDER,
                render(with("keyOperations", "[" + quoted("b".repeat(501)) + "]")), 400, INVALID));
        cases.add(post("a list of 51 items", RENDER, render(with("keyOperations",
                "[" + String.join(",", java.util.Collections.nCopies(51, "\"op\"")) + "]")), 400, INVALID));
        cases.add(post("a list of 10,000 items", RENDER, render(with("keyOperations",
                "[" + String.join(",", java.util.Collections.nCopies(10_000, "\"op\"")) + "]")), 400, INVALID));
        cases.add(post("an unknown parameter with a 10,000-character name", RENDER,
                render(with("x".repeat(10_000), "1")), 400, INVALID));
        return cases;
    }

    private static List<BadInput> unicode() {
        List<BadInput> cases = new ArrayList<>();
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("a lone high surrogate", "\\ud800");
        broken.put("a lone low surrogate", "\\udc00");
        broken.put("surrogates in the wrong order", "\\udc00\\ud800");
        broken.put("a NUL character", "a\\u0000b");
        broken.put("a bell control character", "a\\u0007b");
        broken.put("an escape control character", "a\\u001bb");
        broken.forEach((what, escaped) -> {
            cases.add(post(what + " in a string parameter", RENDER, render(with("availabilitySla", quoted(escaped))),
                    400, INVALID));
            cases.add(post(what + " in a list item", RENDER,
                    render(with("keyOperations", "[" + quoted(escaped) + "]")), 400, INVALID));
            cases.add(post(what + " in a message", MESSAGES, "{\"content\": " + quoted("why " + escaped) + "}", 400,
                    INVALID));
        });
        cases.add(post("a lone surrogate in a brief's failure", BRIEFS,
                brief("\"pattern-selection\"", with("serviceCount", "4"), "\"failure\": \"\\ud800\""), 400, INVALID));
        cases.add(post("a NUL in a brief's own follow-up question", BRIEFS,
                brief("\"pattern-selection\"", with("serviceCount", "4"), "\"followUps\": [\"why\\u0000\"]")
                        .replace("\"followUps\": false, ", ""), 400, INVALID));
        return cases;
    }

    private static List<BadInput> briefFields() {
        String params = with("serviceCount", "4");
        List<BadInput> cases = new ArrayList<>();
        cases.add(post("an empty brief", BRIEFS, null, 400, INVALID));
        cases.add(post("a null brief", BRIEFS, "null", 400, INVALID));
        cases.add(post("an empty brief object", BRIEFS, "{}", 400, INVALID));
        cases.add(post("a brief without template", BRIEFS, "{\"parameters\": " + params + "}", 400, INVALID));
        cases.add(post("a brief with a null template", BRIEFS, brief("null", params, null), 400, INVALID));
        cases.add(post("a brief with an empty template", BRIEFS, brief("\"\"", params, null), 400, INVALID));
        cases.add(post("a brief with a blank template", BRIEFS, brief("\"  \"", params, null), 400, INVALID));
        cases.add(post("a brief with a number as template", BRIEFS, brief("42", params, null), 400, MALFORMED));
        cases.add(post("a brief with a boolean as template", BRIEFS, brief("true", params, null), 400, MALFORMED));
        cases.add(post("a brief with an object as template", BRIEFS, brief("{}", params, null), 400, MALFORMED));
        cases.add(post("a brief with a list as template", BRIEFS, brief("[\"pattern-selection\"]", params, null), 400,
                MALFORMED));
        cases.add(post("a brief with an unknown template", BRIEFS, brief("\"no-such-template\"", params, null), 404,
                "unknown-template"));
        cases.add(post("a brief with a path as template", BRIEFS, brief("\"../../etc/passwd\"", params, null), 404,
                "unknown-template"));
        cases.add(post("a brief with a 10,000-character template", BRIEFS,
                brief(quoted("t".repeat(10_000)), params, null), 404, "unknown-template"));
        cases.add(post("a brief with a follow-up as template", BRIEFS, brief("\"monitoring\"", params, null), 404,
                "unknown-template"));
        cases.add(post("a brief whose parameters are a list", BRIEFS, brief("\"pattern-selection\"", "[]", null), 400,
                INVALID));
        cases.add(post("a brief with invalid parameters", BRIEFS,
                brief("\"pattern-selection\"", with("serviceCount", "\"four\""), null), 400, INVALID));
        cases.add(post("a brief with an unknown model", BRIEFS,
                brief("\"pattern-selection\"", params, "\"model\": \"gpt-9\""), 400, "unknown-model"));
        cases.add(post("a brief with a 10,000-character model", BRIEFS,
                brief("\"pattern-selection\"", params, "\"model\": " + quoted("m".repeat(10_000))), 400,
                "unknown-model"));
        cases.add(post("a brief with a number as model", BRIEFS,
                brief("\"pattern-selection\"", params, "\"model\": 4"), 400, MALFORMED));
        cases.add(post("a brief with an object as failure", BRIEFS,
                brief("\"pattern-selection\"", params, "\"failure\": {}"), 400, MALFORMED));
        cases.add(post("a brief with a 3,000-character failure", BRIEFS,
                brief("\"pattern-selection\"", params, "\"failure\": " + quoted("f".repeat(3_000))), 400, INVALID));
        cases.add(post("a brief with an unknown field", BRIEFS,
                brief("\"pattern-selection\"", params, "\"colour\": \"blue\""), 400, MALFORMED));
        for (String followUps : List.of("\"yes\"", "1", "{}", "[1]", "[null]", "[\"\"]", "[\"  \"]", "[[\"testing\"]]",
                "[" + quoted("q".repeat(2_001)) + "]")) {
            String what = followUps.length() > 20 ? followUps.substring(0, 20) + "…" : followUps;
            cases.add(post("followUps " + what, BRIEFS, "{\"template\": \"pattern-selection\", \"parameters\": "
                    + params + ", \"followUps\": " + followUps + "}", 400, INVALID));
        }
        return cases;
    }

    private static List<BadInput> otherTemplates() {
        String saga = "/api/templates/saga-design/render";
        String split = "/api/templates/split-brain-analysis/render";
        String review = "/api/templates/circuit-breaker-review/render";
        String tx = "\"businessTransaction\": \"order placement\", ";
        List<BadInput> cases = new ArrayList<>();
        for (String services : List.of("\"OrderService\"", "{}", "[]", "[\"OrderService\"]", "[null]",
                "[{\"name\": \"OrderService\"}]", "[{\"name\": 42, \"responsibility\": \"orders\"}]",
                "[{\"name\": \"A\", \"responsibility\": \"b\", \"owner\": \"c\"}]",
                "[{\"name\": \"A\", \"responsibility\": \"b\\u0000\"}]",
                "[{\"name\": \"A\", \"responsibility\": \"" + "r".repeat(501) + "\"}]")) {
            String what = services.length() > 40 ? services.substring(0, 40) + "…" : services;
            cases.add(post("object-list services " + what, saga, render("{" + tx + "\"services\": " + services + "}"),
                    400, INVALID));
        }
        String architecture = "\"architecture\": \"3 nodes\", ";
        String rest = "\"leaderElection\": \"etcd\", \"replicationMode\": \"async\", \"replicationFactor\": 3";
        cases.add(post("a text of 5,001 characters", split, render("{\"architecture\": " + quoted("t".repeat(5_001))
                + ", " + rest + "}"), 400, INVALID));
        cases.add(post("a NUL in a text", split, render("{\"architecture\": \"a\\u0000\", " + rest + "}"), 400,
                INVALID));
        cases.add(post("a lone surrogate in a text", split, render("{\"architecture\": \"a\\udbff\", " + rest + "}"),
                400, INVALID));
        cases.add(post("a numeric string as replication factor", split, render("{" + architecture
                + rest.replace("\"replicationFactor\": 3", "\"replicationFactor\": \"3\"") + "}"), 400, INVALID));
        cases.add(post("a replication mode outside the enum", split, render("{" + architecture
                + rest.replace("async", "semi-sync") + "}"), 400, INVALID));
        String config = "\"config\": \"a: 1\", \"language\": \"java\", ";
        cases.add(post("a code of 50,001 characters", review, render("{" + config + "\"code\": "
                + quoted("c".repeat(50_001)) + "}"), 400, INVALID));
        cases.add(post("a number as code", review, render("{" + config + "\"code\": 42}"), 400, INVALID));
        cases.add(post("a NUL in code", review, render("{" + config + "\"code\": \"int x;\\u0000\"}"), 400, INVALID));
        cases.add(post("an unknown template to render", "/api/templates/no-such-template/render",
                render(with("serviceCount", "4")), 404, "unknown-template"));
        cases.add(post("a follow-up id as a template to render", "/api/templates/monitoring/render",
                render("{}"), 404, "unknown-template"));
        cases.add(post("a blank template id to render", "/api/templates/%20/render", render("{}"), 404,
                "unknown-template"));
        return cases;
    }

    private static List<BadInput> messages() {
        List<BadInput> cases = new ArrayList<>();
        cases.add(post("an empty message body", MESSAGES, null, 400, INVALID));
        cases.add(post("a null message body", MESSAGES, "null", 400, INVALID));
        cases.add(post("a message without content", MESSAGES, "{}", 400, INVALID));
        cases.add(post("a message with null content", MESSAGES, "{\"content\": null}", 400, INVALID));
        cases.add(post("a message with empty content", MESSAGES, "{\"content\": \"\"}", 400, INVALID));
        cases.add(post("a message with blank content", MESSAGES, "{\"content\": \" \\n\\t \"}", 400, INVALID));
        cases.add(post("a message of 20,001 characters", MESSAGES, "{\"content\": " + quoted("q".repeat(20_001)) + "}",
                400, INVALID));
        cases.add(post("a message of 200,000 characters", MESSAGES,
                "{\"content\": " + quoted("q".repeat(200_000)) + "}", 400, INVALID));
        cases.add(post("a message with a number as content", MESSAGES, "{\"content\": 42}", 400, MALFORMED));
        cases.add(post("a message with a boolean as content", MESSAGES, "{\"content\": false}", 400, MALFORMED));
        cases.add(post("a message with a list as content", MESSAGES, "{\"content\": [\"why?\"]}", 400, MALFORMED));
        cases.add(post("a message with an object as content", MESSAGES, "{\"content\": {\"text\": \"why?\"}}", 400,
                MALFORMED));
        cases.add(post("a message to a session id that is not a UUID", "/api/sessions/not-a-uuid/messages",
                "{\"content\": \"why?\"}", 404, "unknown-session"));
        cases.add(post("a message to an unknown session", "/api/sessions/" + java.util.UUID.randomUUID()
                + "/messages", "{\"content\": \"why?\"}", 404, "unknown-session"));
        return cases;
    }

    private static List<BadInput> pathsAndPaging() {
        String unknown = java.util.UUID.randomUUID().toString();
        List<BadInput> cases = new ArrayList<>();
        for (String id : List.of("not-a-uuid", unknown, "'%20or%20'1'='1", "x".repeat(2_000), "%E2%80%AE%F0%9F%9A%80",
                "%00", unknown.toUpperCase())) {
            String what = id.length() > 40 ? id.substring(0, 40) + "…" : id;
            cases.add(bodiless("GET session " + what, "GET", "/api/sessions/" + id, 404, "unknown-session"));
        }
        cases.add(bodiless("DELETE a session id that is not a UUID", "DELETE", "/api/sessions/not-a-uuid", 404,
                "unknown-session"));
        cases.add(bodiless("DELETE an unknown session", "DELETE", "/api/sessions/" + unknown, 404, "unknown-session"));
        cases.add(bodiless("resume a session id that is not a UUID", "POST", "/api/sessions/not-a-uuid/chain/resume",
                404, "unknown-session"));
        cases.add(bodiless("resume an unknown session", "POST", "/api/sessions/" + unknown + "/chain/resume", 404,
                "unknown-session"));
        cases.add(bodiless("events of a session id that is not a UUID", "GET", "/api/sessions/not-a-uuid/events", 404,
                "unknown-session"));
        cases.add(bodiless("DELETE a session id with a NUL", "DELETE", "/api/sessions/%00", 404, "unknown-session"));
        cases.add(bodiless("resume a session id with a NUL", "POST", "/api/sessions/a%00b/chain/resume", 404,
                "unknown-session"));
        cases.add(bodiless("events of a session id with a NUL", "GET", "/api/sessions/%00/events", 404,
                "unknown-session"));
        cases.add(post("a message to a session id with a NUL", "/api/sessions/%00/messages", "{\"content\": \"why?\"}",
                404, "unknown-session"));
        for (String query : List.of("page=-1", "size=0", "size=-5", "size=101", "size=100000", "page=abc", "size=abc",
                "page=1.5", "page=2147483647", "page=2147483648", "page=99999999&size=100")) {
            cases.add(bodiless("list sessions with " + query, "GET", "/api/sessions?" + query, 400, "invalid-request"));
        }
        cases.add(bodiless("GET on the briefs endpoint", "GET", BRIEFS, 405, "http-405"));
        cases.add(bodiless("PUT on the briefs endpoint", "PUT", BRIEFS, 405, "http-405"));
        cases.add(bodiless("an unknown API path", "GET", "/api/nothing-here", 404, "http-404"));
        return cases;
    }
}

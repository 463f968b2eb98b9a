package dev.designassistant.api;

import java.util.ArrayList;
import java.util.List;

import static dev.designassistant.api.BadInput.bodiless;
import static dev.designassistant.api.BadInput.post;
import static dev.designassistant.api.BadInputCorpus.BRIEFS;
import static dev.designassistant.api.BadInputCorpus.MESSAGES;
import static dev.designassistant.api.BadInputCorpus.RENDER;
import static dev.designassistant.api.BadInputCorpus.brief;
import static dev.designassistant.api.BadInputCorpus.quoted;
import static dev.designassistant.api.BadInputCorpus.with;

/** Rows about the brief's own fields, user messages, session paths and paging. */
final class RequestRows {

    private static final String INVALID = "invalid-parameters";
    private static final String MALFORMED = "malformed-request";

    private RequestRows() {
    }

    static List<BadInput> briefFields() {
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

    /** Lists and texts that cost memory or LLM calls have limits a user can read in the README. */
    static List<BadInput> listLimits() {
        String params = with("serviceCount", "4");
        List<BadInput> cases = new ArrayList<>();
        String thirteen = String.join(", ", java.util.Collections.nCopies(13, "\"monitoring\""));
        cases.add(post("13 follow-ups", BRIEFS, "{\"template\": \"pattern-selection\", \"parameters\": " + params
                + ", \"followUps\": [" + thirteen + "]}", 400, INVALID));
        String many = String.join(",", java.util.Collections.nCopies(50_001, "\"testing\""));
        cases.add(post("50,001 follow-ups in 500 kB", BRIEFS, "{\"template\": \"pattern-selection\", \"parameters\": "
                + params + ", \"followUps\": [" + many + "]}", 400, INVALID));
        cases.add(post("13 follow-ups in a revision", BadInputCorpus.REVISIONS, "{\"followUps\": [" + thirteen + "]}",
                400, INVALID));
        cases.add(post("a follow-up question of 2,001 characters", BRIEFS, "{\"template\": \"pattern-selection\", "
                + "\"parameters\": " + params + ", \"followUps\": [" + quoted("q".repeat(2_001)) + "]}", 400, INVALID));
        return cases;
    }

    static List<BadInput> messages() {
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

    static List<BadInput> pathsAndPaging() {
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
        cases.add(bodiless("GET on the render endpoint", "GET", RENDER, 405, "http-405"));
        cases.add(bodiless("PUT on the briefs endpoint", "PUT", BRIEFS, 405, "http-405"));
        cases.add(bodiless("an unknown API path", "GET", "/api/nothing-here", 404, "http-404"));
        cases.add(bodiless("a diff without against", "GET", "/api/sessions/{session}/diff", 400, "invalid-request"));
        cases.add(bodiless("a diff against an unknown session", "GET", "/api/sessions/{session}/diff?against="
                + unknown, 404, "unknown-session"));
        cases.add(bodiless("a diff of an unknown session", "GET", "/api/sessions/" + unknown + "/diff?against="
                + unknown, 404, "unknown-session"));
        cases.add(post("a revision of an unknown session", "/api/sessions/" + unknown + "/revisions",
                "{\"parameters\": {}}", 404, "unknown-session"));
        return cases;
    }
}

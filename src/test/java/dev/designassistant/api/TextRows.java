package dev.designassistant.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.designassistant.api.BadInput.post;
import static dev.designassistant.api.BadInputCorpus.BRIEFS;
import static dev.designassistant.api.BadInputCorpus.MESSAGES;
import static dev.designassistant.api.BadInputCorpus.RENDER;
import static dev.designassistant.api.BadInputCorpus.brief;
import static dev.designassistant.api.BadInputCorpus.quoted;
import static dev.designassistant.api.BadInputCorpus.render;
import static dev.designassistant.api.BadInputCorpus.with;

/** Rows about text that cannot be taken as it is, and the other parameter types: text, object-list, code. */
final class TextRows {

    private static final String INVALID = "invalid-parameters";

    private TextRows() {
    }

    static List<BadInput> unicode() {
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

    static List<BadInput> otherTemplates() {
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
}

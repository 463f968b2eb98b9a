package dev.designassistant.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    static final String REVIEWS = "/api/reviews";
    static final String REVISIONS = "/api/sessions/{session}/revisions";

    private BadInputCorpus() {
    }

    static List<BadInput> all() {
        List<BadInput> cases = new ArrayList<>();
        cases.addAll(BodyRows.malformedJson());
        cases.addAll(BodyRows.duplicateKeys());
        cases.addAll(BodyRows.contentTypes());
        cases.addAll(ParameterRows.wrongJsonTypes());
        cases.addAll(ParameterRows.limits());
        cases.addAll(TextRows.unicode());
        cases.addAll(RequestRows.briefFields());
        cases.addAll(RequestRows.listLimits());
        cases.addAll(TextRows.otherTemplates());
        cases.addAll(RequestRows.messages());
        cases.addAll(RequestRows.pathsAndPaging());
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

}

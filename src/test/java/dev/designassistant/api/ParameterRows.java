package dev.designassistant.api;

import java.util.ArrayList;
import java.util.List;

import static dev.designassistant.api.BadInput.post;
import static dev.designassistant.api.BadInputCorpus.RENDER;
import static dev.designassistant.api.BadInputCorpus.quoted;
import static dev.designassistant.api.BadInputCorpus.render;
import static dev.designassistant.api.BadInputCorpus.with;

/** Rows about template parameters: wrong JSON types, missing and blank values, enums, numbers, over-long values. */
final class ParameterRows {

    private static final String INVALID = "invalid-parameters";

    private ParameterRows() {
    }

    static List<BadInput> wrongJsonTypes() {
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

    static List<BadInput> limits() {
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
}

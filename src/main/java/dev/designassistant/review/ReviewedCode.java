package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.catalog.ParameterType;
import dev.designassistant.catalog.PromptTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a review was given, by file: the files its "==> path <==" lines introduce (as the {@code review} command
 * and {@code head} write several files), or one file named {@value #UNNAMED} when it has none: a SARIF result needs
 * a file (and a region) even when a finding names none.
 *
 * @param files each file's lines, in the order given
 */
public record ReviewedCode(Map<String, List<String>> files) {

    /** The file name of code given without "==> path <==" lines. */
    public static final String UNNAMED = "reviewed-code";

    private static final Pattern MARKER = Pattern.compile("^==> (.+) <==$");

    /** The code of a review's parameters: its template's code parameter. */
    public static ReviewedCode of(PromptTemplate template, JsonNode parameters) {
        String code = template.parameters().stream().filter(p -> p.type() == ParameterType.CODE).findFirst()
                .map(p -> parameters == null ? null : parameters.get(p.name()))
                .filter(JsonNode::isTextual).map(JsonNode::asText).orElse("");
        return of(code);
    }

    public static ReviewedCode of(String code) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : code.lines().toList()) {
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                current = files.computeIfAbsent(marker.group(1).strip(), f -> new ArrayList<>());
            } else {
                if (current == null) {
                    current = files.computeIfAbsent(UNNAMED, f -> new ArrayList<>());
                }
                current.add(line);
            }
        }
        if (files.isEmpty()) {
            files.put(UNNAMED, List.of());
        }
        return new ReviewedCode(files);
    }

    /** The file a finding without one is reported on: the first file reviewed. */
    public String firstFile() {
        return files.keySet().iterator().next();
    }

    /** How many lines the file has; 0 when it is not one of the files reviewed. */
    public int lineCount(String file) {
        return files.getOrDefault(file, List.of()).size();
    }
}

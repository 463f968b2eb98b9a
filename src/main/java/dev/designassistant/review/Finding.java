package dev.designassistant.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One issue a code review found, as the LLM reported it (after schema validation).
 *
 * @param checklistItem the text of the template's checklist item the finding relates to, or
 *                      {@value #PROMPT_INJECTION} for a finding of the deterministic injection scan
 * @param location      where in the code, when the LLM could tell; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(Severity severity, String title, Location location, String explanation, String suggestedFix,
                      String checklistItem) {

    /** The {@code checklistItem} of a finding of the deterministic injection scan, whatever the template. */
    public static final String PROMPT_INJECTION = "prompt-injection-attempt";

    /** Whether the deterministic injection scan reported this finding (not the model). */
    @JsonIgnore
    public boolean isPromptInjection() {
        return PROMPT_INJECTION.equals(checklistItem);
    }

    /**
     * The scan's findings and the model's together, worst first; within a severity the scan's come first. The
     * model's reply cannot remove one: a review always reports what the deterministic checks found.
     */
    public static List<Finding> merged(List<Finding> deterministic, List<Finding> model) {
        List<Finding> all = new ArrayList<>(deterministic);
        all.addAll(model);
        all.sort(Comparator.comparing(Finding::severity)); // stable
        return List.copyOf(all);
    }

    /**
     * Where a finding is.
     *
     * @param file      path of the file as the review was given it; null when the code had no file name
     * @param startLine first line, from 1
     * @param endLine   last line, from 1; null for one line
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String file, Integer startLine, Integer endLine) {

        /** "src/Foo.java:12-18", "src/Foo.java", "line 12", or "" when nothing is known. */
        public String describe() {
            String lines = startLine == null ? "" : endLine == null || endLine.equals(startLine)
                    ? String.valueOf(startLine) : startLine + "-" + endLine;
            if (file == null || file.isBlank()) {
                return lines.isEmpty() ? "" : "line " + lines;
            }
            return lines.isEmpty() ? file : file + ":" + lines;
        }
    }

    /** {@link Location#describe()}, or "" without a location. */
    public String where() {
        return location == null ? "" : location.describe();
    }
}

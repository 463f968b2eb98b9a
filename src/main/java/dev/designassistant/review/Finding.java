package dev.designassistant.review;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One issue a code review found, as the LLM reported it (after schema validation).
 *
 * @param checklistItem the text of the template's checklist item the finding relates to
 * @param location      where in the code, when the LLM could tell; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(Severity severity, String title, Location location, String explanation, String suggestedFix,
                      String checklistItem) {

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

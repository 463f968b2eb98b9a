package dev.designassistant.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review as a JUnit XML report, for CIs that show test results (Jenkins, GitLab, Azure, …): one test suite for the
 * review, one test case per reviewed file (also a file that only a finding names), and in it one {@code <failure>}
 * per finding on that file. A file without findings passes. The suite's {@code failures} counts the findings (one
 * {@code <failure>} each), as Maven Surefire's report parser counts them.
 */
public final class JUnitWriter {

    /** Media type of the report. */
    public static final String MEDIA_TYPE = "application/xml";

    private JUnitWriter() {
    }

    /** The JUnit XML of one review session's findings. */
    public static String write(ReviewTemplates.ReviewTemplate review, String sessionId, List<Finding> findings,
                               ReviewedCode code) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        code.files().keySet().forEach(file -> byFile.put(file, new ArrayList<>()));
        for (Finding finding : findings) {
            Finding.Location where = finding.location();
            String file = where != null && where.file() != null && !where.file().isBlank() ? where.file()
                    : code.firstFile();
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(finding);
        }
        String suite = "design-assistant." + review.checklist().templateId();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"").append(attr(suite)).append("\" tests=\"").append(byFile.size())
                .append("\" failures=\"").append(findings.size()).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n")
                .append("  <properties>\n")
                .append("    <property name=\"session\" value=\"").append(attr(sessionId)).append("\"/>\n")
                .append("    <property name=\"findings\" value=\"").append(findings.size()).append("\"/>\n")
                .append("  </properties>\n");
        byFile.forEach((file, list) -> {
            xml.append("  <testcase classname=\"").append(attr(suite)).append("\" name=\"").append(attr(file))
                    .append("\" time=\"0\"");
            if (list.isEmpty()) {
                xml.append("/>\n");
                return;
            }
            xml.append(">\n");
            for (Finding f : list) {
                xml.append("    <failure type=\"").append(attr(CodeQualityWriter.ruleId(review.checklist(), f)))
                        .append("\" message=\"").append(attr("[" + f.severity().id() + "] " + f.title()
                                + (f.where().isEmpty() ? "" : " (" + f.where() + ")"))).append("\">")
                        .append(text(f.explanation() + "\nSuggested fix: " + f.suggestedFix())).append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        });
        return xml.append("</testsuite>\n").toString();
    }

    private static String attr(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** XML-escaped, without the characters XML 1.0 cannot hold at all (they are shown as U+XXXX). */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (legal) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(String.format("U+%04X", cp));
                    }
                }
            }
        });
        return out.toString();
    }
}

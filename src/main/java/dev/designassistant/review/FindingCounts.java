package dev.designassistant.review;

import java.util.List;

/** How many findings of each severity a review has. */
public record FindingCounts(int critical, int major, int minor, int total) {

    public static FindingCounts of(List<Finding> findings) {
        int critical = count(findings, Severity.CRITICAL);
        int major = count(findings, Severity.MAJOR);
        int minor = count(findings, Severity.MINOR);
        return new FindingCounts(critical, major, minor, findings.size());
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}

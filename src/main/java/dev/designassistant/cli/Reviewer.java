package dev.designassistant.cli;

import dev.designassistant.report.ReportFormat;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;

/** Runs a code review and fetches its report: in this process, or against a running service. */
public interface Reviewer {

    /** A finished review and its report in the format asked for. */
    record Outcome(ReviewResult result, String report) {
    }

    /**
     * Reviews and renders the report.
     *
     * @throws ReviewFailedException the review could not be done (bad parameters, LLM down, service unreachable…)
     */
    Outcome review(ReviewRequest request, ReportFormat format);
}

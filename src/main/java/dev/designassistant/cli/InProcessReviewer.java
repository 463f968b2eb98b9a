package dev.designassistant.cli;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.report.ReportService;
import dev.designassistant.review.NonConformingReviewException;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.ReviewService;
import dev.designassistant.session.Owner;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.stream.Collectors;

/** Reviews with this process's own beans: the same use case and report as {@code POST /api/reviews}. */
@ApplicationScoped
public class InProcessReviewer implements Reviewer {

    private final ReviewService reviews;
    private final ReportService reports;

    public InProcessReviewer(ReviewService reviews, ReportService reports) {
        this.reviews = reviews;
        this.reports = reports;
    }

    @Override
    public Outcome review(ReviewRequest request, ReportFormat format) {
        try {
            ReviewResult result = reviews.review(request, Owner.ANONYMOUS);
            return new Outcome(result, reports.render(result.sessionId(), Owner.ANONYMOUS, format).body());
        } catch (InvalidParametersException e) {
            throw new ReviewFailedException(e.getMessage() + ": " + e.problems().stream()
                    .map(InProcessReviewer::describe).collect(Collectors.joining("; ")));
        } catch (NonConformingReviewException e) {
            throw new ReviewFailedException(e.getMessage() + ": " + String.join("; ", e.problems()));
        } catch (RuntimeException e) { // the command's boundary: the build log gets the reason, not a trace
            throw new ReviewFailedException(e.getMessage() == null ? "the review failed" : e.getMessage());
        }
    }

    private static String describe(ParameterProblem p) {
        return p.parameter() == null ? p.message() : p.parameter() + " " + p.message();
    }
}

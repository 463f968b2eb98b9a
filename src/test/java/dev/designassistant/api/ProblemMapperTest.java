package dev.designassistant.api;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A new domain exception needs no mapper of its own: its problem type, detail, errors and Retry-After are enough. */
class ProblemMapperTest {

    /** An error the mapper has never heard of. */
    static final class ShelfFullException extends DomainException {

        static final ProblemType TYPE = new ProblemType("shelf-full", "Shelf full", 409);

        ShelfFullException() {
            super(TYPE, "The shelf holds 3 books already");
        }

        @Override
        public String detail() {
            return getMessage() + "; take one away first.";
        }

        @Override
        public List<FieldProblem> errors() {
            return List.of(new FieldProblem("books[3]", "one too many"));
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofMillis(2500);
        }
    }

    @Test
    void a_new_domain_exception_is_answered_as_its_problem_type() {
        // when an exception of a kind the mapper has never heard of is mapped
        Response response = ProblemMapper.problem(new ShelfFullException());

        // then its own type, title, status, detail and errors make the problem, and it says when to try again
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(new Problem("/problems/shelf-full", "Shelf full", 409,
                "The shelf holds 3 books already; take one away first.",
                List.of(new Problem.FieldError("books[3]", "one too many"))));
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("3");
    }

    @Test
    void a_problem_of_one_kind_has_no_errors_list_and_no_retry_after() {
        // when a domain exception says nothing more than its message
        Response response = ProblemMapper.problem(new DomainException(new ProblemType("gone", "Gone", 410), "gone") {
        });

        // then the body has its message as detail, no errors and no Retry-After
        assertThat(response.getEntity()).isEqualTo(new Problem("/problems/gone", "Gone", 410, "gone", null));
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }

    @Test
    void anything_else_is_an_internal_error_that_names_no_class() {
        // when a failure that is no domain exception is mapped
        Response response = ProblemMapper.problem(new IllegalStateException("dev.designassistant.Secret broke"));

        // then it is a 500 with an incident number and nothing of the exception
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("/problems/internal-error");
        assertThat(problem.detail()).contains("incident").doesNotContain("IllegalState", "Secret");
    }
}

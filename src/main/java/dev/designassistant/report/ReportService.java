package dev.designassistant.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.designassistant.review.ReviewTemplates;
import dev.designassistant.review.ReviewedSession;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.SessionView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The report of a session in any {@link ReportFormat}. */
@ApplicationScoped
public class ReportService {

    private final SessionStore store;
    private final ReportAssembler assembler;
    private final HtmlReport html;
    private final ReviewTemplates reviews;
    private final ObjectMapper json;

    public ReportService(SessionStore store, ReportAssembler assembler, HtmlReport html, ReviewTemplates reviews,
                         ObjectMapper json) {
        this.store = store;
        this.assembler = assembler;
        this.html = html;
        this.reviews = reviews;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** A rendered report: its text and media type. */
    public record Rendered(String body, String mediaType) {

        /**
         * The Content-Security-Policy an HTML report is served with, wherever it is served (API or page): its own
         * inline style blocks by hash, no script at all, nothing from elsewhere, no framing. Null for other formats.
         */
        public String contentSecurityPolicy() {
            if (!mediaType.startsWith("text/html")) {
                return null;
            }
            StringBuilder styles = new StringBuilder();
            java.util.regex.Matcher m = STYLE.matcher(body);
            while (m.find()) {
                styles.append(" 'sha256-").append(sha256(m.group(1))).append('\'');
            }
            return "default-src 'none'; style-src" + (styles.isEmpty() ? " 'none'" : styles) + "; img-src data:; "
                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        }

        private static String sha256(String text) {
            try {
                return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final java.util.regex.Pattern STYLE =
            java.util.regex.Pattern.compile("<style>(.*?)</style>", java.util.regex.Pattern.DOTALL);

    /**
     * The owner's session as a report.
     *
     * @throws dev.designassistant.session.UnknownSessionException the owner has no such session
     * @throws UnsupportedFormatException                           SARIF, Code Quality or JUnit of a session that is not a code review
     */
    public Rendered render(String sessionId, String owner, ReportFormat format) {
        SessionView view = store.view(sessionId, owner);
        Optional<ReviewedSession> review = ReviewedSession.of(view, reviews);
        String body = switch (format) {
            case SARIF -> review.orElseThrow(() -> new UnsupportedFormatException("sarif is for code-review sessions "
                    + "whose answer has findings; this session has none")).sarif();
            case CODEQUALITY -> review.orElseThrow(() -> new UnsupportedFormatException("codequality is for code-review "
                    + "sessions whose answer has findings; this session has none")).codeQuality();
            case JUNIT -> review.orElseThrow(() -> new UnsupportedFormatException("junit is for code-review sessions "
                    + "whose answer has findings; this session has none")).junit();
            case JSON -> write(assembler.assemble(view, review));
            case HTML -> html.render(assembler.assemble(view, review));
            case MARKDOWN -> MarkdownReport.render(assembler.assemble(view, review));
            case ADR -> AdrReport.render(assembler.assemble(view, review));
        };
        return new Rendered(body, format.mediaType());
    }

    /**
     * The owner's session as a report record (what the web page shows).
     *
     * @throws dev.designassistant.session.UnknownSessionException the owner has no such session
     */
    public Report report(String sessionId, String owner) {
        SessionView view = store.view(sessionId, owner);
        return assembler.assemble(view, ReviewedSession.of(view, reviews));
    }

    private String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reports are plain records", e);
        }
    }
}

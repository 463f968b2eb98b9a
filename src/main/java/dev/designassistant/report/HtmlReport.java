package dev.designassistant.report;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A {@link Report} as one standalone HTML page (inline CSS, no script, prints well), from the Qute template
 * {@code templates/report/report.html}. Qute escapes every value; the LLM's answers are Markdown made safe by
 * {@link MarkdownHtml}.
 */
@ApplicationScoped
public class HtmlReport {

    private final Template page;

    public HtmlReport(@Location("report/report.html") Template page) {
        this.page = page;
    }

    /** What the page template sees: the report and each exchange's answer as safe HTML. */
    public record View(Report report, List<Answer> answers, RawString ledger) {
    }

    /** One exchange with its answer as HTML and its meta line. */
    public record Answer(Report.Exchange exchange, RawString html, String meta, boolean showPrompt) {
    }

    public String render(Report report) {
        return page.data("view", view(report)).render();
    }

    /** The report with every answer as safe HTML: what this page shows, and what the web page's session view shows. */
    public View view(Report report) {
        List<Answer> answers = report.exchanges().stream()
                .map(e -> new Answer(e, e.answer() == null ? null : MarkdownHtml.render(MarkdownReport.answer(e)),
                        MarkdownReport.meta(e), MarkdownReport.showsPrompt(e)))
                .toList();
        RawString ledger = report.ledger() == null ? null
                : MarkdownHtml.render(LedgerMarkdown.render(report.ledger()));
        return new View(report, answers, ledger);
    }
}

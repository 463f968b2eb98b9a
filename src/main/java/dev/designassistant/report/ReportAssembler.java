package dev.designassistant.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.chain.SessionDetails;
import dev.designassistant.review.FindingCounts;
import dev.designassistant.review.ReviewedSession;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStatus;
import dev.designassistant.session.SessionView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds the {@link Report} of a stored session. */
@ApplicationScoped
public class ReportAssembler {

    private final Catalog catalog;
    private final ObjectMapper json;

    public ReportAssembler(Catalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    /** The report of the session; {@code review} when it is a code review with findings. */
    public Report assemble(SessionView view, Optional<ReviewedSession> review) {
        Session s = view.session();
        Optional<PromptTemplate> template = catalog.find(s.templateId());
        List<Report.Exchange> exchanges = exchanges(view);
        Report.TemplateInfo info = new Report.TemplateInfo(s.templateId(),
                template.map(PromptTemplate::section).orElse(null),
                template.map(PromptTemplate::title).orElse(s.templateId()), s.templateHash(),
                template.map(t -> !t.contentHash().equals(s.templateHash())).orElse(true));
        String title = (review.isPresent() ? "Code review: " : "Design review: ") + info.title();
        return new Report(s.id(), title, info, s.model(), SessionStatus.of(view.steps()).text(),
                ParameterRows.of(read(s.parameters()), template), warnings(read(s.warnings())),
                SessionDetails.checksOf(s), exchanges,
                usage(exchanges), review.map(r -> new Report.Review(r.findings(), FindingCounts.of(r.findings())))
                .orElse(null), SessionDetails.ledgerOf(view), s.createdAt(),
                s.updatedAt());
    }

    private static List<Report.Exchange> exchanges(SessionView view) {
        List<Report.Exchange> exchanges = new ArrayList<>();
        int followUps = 0;
        for (ChainStep step : view.steps()) {
            Optional<Message> answer = view.messages().stream()
                    .filter(m -> Message.ASSISTANT.equals(m.role()) && Objects.equals(m.step(), step.index()))
                    .findFirst();
            String heading = switch (step.kind()) {
                case BRIEF -> "Design answer";
                case FOLLOW_UP -> "Follow-up " + (++followUps);
                case USER -> "Your follow-up";
                case CORRECTION -> "Format correction";
                case LEDGER -> "Consistency ledger step";
            };
            Message a = answer.orElse(null);
            exchanges.add(a == null
                    ? new Report.Exchange(step.index(), step.kind().name(), heading, step.question(),
                    step.status().name(), step.reason(), null, null, null, null, null, null, List.of(), null, null,
                    null, null, null, step.startedAt(), null)
                    : new Report.Exchange(step.index(), step.kind().name(), heading, step.question(),
                    step.status().name(), step.reason(), a.content(), a.model(), a.modelId(), a.finishReason(),
                    a.truncated(), a.fallbackFrom(), a.skipped(), a.cached(), a.inputTokens(), a.outputTokens(),
                    a.cost(), a.latencyMs(), step.startedAt(), a.createdAt()));
        }
        return exchanges;
    }

    private static Report.Usage usage(List<Report.Exchange> exchanges) {
        return new Report.Usage(
                exchanges.stream().map(Report.Exchange::inputTokens).filter(Objects::nonNull).mapToLong(i -> i).sum(),
                exchanges.stream().map(Report.Exchange::outputTokens).filter(Objects::nonNull).mapToLong(i -> i).sum(),
                exchanges.stream().map(Report.Exchange::latencyMs).filter(Objects::nonNull).mapToLong(l -> l).sum(),
                exchanges.stream().map(Report.Exchange::cost).filter(Objects::nonNull).reduce(Double::sum)
                        .map(c -> Math.round(c * 1e8) / 1e8).orElse(null));
    }

    private static List<Report.Warning> warnings(JsonNode warnings) {
        List<Report.Warning> list = new ArrayList<>();
        warnings.forEach(w -> list.add(new Report.Warning(text(w, "code"), text(w, "parameter"), text(w, "message"))));
        return list;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session JSON is written by this service", e);
        }
    }
}

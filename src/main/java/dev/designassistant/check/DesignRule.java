package dev.designassistant.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One design check: for one template, a test over the brief's values that yields the finding's sentence (with the
 * brief's numbers) when the design as briefed has the problem.
 *
 * @param code       stable identifier, never reused for another meaning
 * @param templateId the template whose briefs it checks
 * @param parameters the parameters it reads
 * @param why        why the problem matters, for the reader and the LLM
 * @param finding    the sentence, or empty when the brief does not have the problem
 */
public record DesignRule(String code, String templateId, CheckSeverity severity, List<String> parameters, String why,
                         Function<BriefValues, Optional<String>> finding) {

    /** A rule; {@code parameters} are the ones it reads. */
    static DesignRule of(String code, String templateId, CheckSeverity severity, List<String> parameters, String why,
                         Function<BriefValues, Optional<String>> finding) {
        return new DesignRule(code, templateId, severity, List.copyOf(parameters), why, finding);
    }

    /** The finding for the brief, if the rule fires. */
    public Optional<CheckFinding> check(BriefValues brief) {
        return finding.apply(brief).map(sentence -> new CheckFinding(code, severity, parameters, sentence, why));
    }
}

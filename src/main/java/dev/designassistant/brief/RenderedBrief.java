package dev.designassistant.brief;

import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.catalog.ValidatedParameters;
import dev.designassistant.injection.UntrustedData;

import java.util.List;

/**
 * A brief that passed validation: its template, values, rendered prompt (the library's text, then the section
 * "Checks the design must address" when the design checks found something), lint warnings and design checks.
 * What the model is asked is {@link #question}: the same prompt with each code parameter replaced by a pointer to its
 * untrusted-data block, which follows every instruction at the end of the message.
 *
 * @param fenced the prompt with code parameters replaced by pointers to their blocks (= prompt without code)
 * @param data   the code parameters as untrusted data, behind a random per-request boundary
 */
public record RenderedBrief(PromptTemplate template, ValidatedParameters parameters, String prompt,
                            List<LintWarning> warnings, List<CheckFinding> checks, String fenced, UntrustedData data) {

    /** The message the model is asked: the instructions, then {@code more} instructions, then the untrusted data. */
    public String question(String more) {
        return fenced + more + data.text();
    }
}

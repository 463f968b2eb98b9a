package dev.designassistant.brief;

import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.catalog.ValidatedParameters;

import java.util.List;

/**
 * A brief that passed validation: its template, values, rendered prompt (the library's text, then the section
 * "Checks the design must address" when the design checks found something), lint warnings and design checks.
 */
public record RenderedBrief(PromptTemplate template, ValidatedParameters parameters, String prompt,
                            List<LintWarning> warnings, List<CheckFinding> checks) {
}

package dev.designassistant.brief;

import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;

import java.util.List;

/** A brief that passed validation: its template, values, rendered prompt and lint warnings. */
public record RenderedBrief(PromptTemplate template, ValidatedParameters parameters, String prompt,
                            List<LintWarning> warnings) {
}

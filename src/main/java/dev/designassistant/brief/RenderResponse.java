package dev.designassistant.brief;

import dev.designassistant.check.CheckFinding;

import java.util.List;

/** The prompt a template renders to with the given parameters, what the brief leaves out and what its figures fail. */
public record RenderResponse(String templateId, String prompt, List<LintWarning> warnings, List<CheckFinding> checks) {

    static RenderResponse of(RenderedBrief brief) {
        return new RenderResponse(brief.template().id(), brief.prompt(), brief.warnings(), brief.checks());
    }
}

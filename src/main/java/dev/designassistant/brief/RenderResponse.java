package dev.designassistant.brief;

import java.util.List;

/** The prompt a template renders to with the given parameters, and what the brief leaves out. */
public record RenderResponse(String templateId, String prompt, List<LintWarning> warnings) {

    static RenderResponse of(RenderedBrief brief) {
        return new RenderResponse(brief.template().id(), brief.prompt(), brief.warnings());
    }
}

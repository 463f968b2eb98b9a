package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks up, validates, renders and lints a brief: everything before the LLM is asked. */
@ApplicationScoped
public class BriefRenderer {

    private final Catalog catalog;

    public BriefRenderer(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Renders the template with the parameters, or throws listing every problem with them. */
    public RenderedBrief render(String templateId, JsonNode parameters) {
        PromptTemplate template = catalog.template(templateId);
        ValidatedParameters values = ParameterValidator.validate(template, parameters);
        String prompt = template.render(values);
        return new RenderedBrief(template, values, prompt, BriefLinter.lint(template, values, prompt));
    }
}

package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.check.DesignChecks;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Looks up, validates, renders, lints and checks a brief: everything before the LLM is asked. */
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
        String library = template.render(values);
        List<CheckFinding> checks = DesignChecks.check(template.id(), values.values());
        // lint reads the library's text only: the checks' section must not count as "failure scenarios asked for"
        return new RenderedBrief(template, values, library + DesignChecks.promptSection(checks),
                BriefLinter.lint(template, values, library), checks);
    }
}

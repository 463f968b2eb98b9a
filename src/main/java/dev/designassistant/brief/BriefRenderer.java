package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.ParameterSpec;
import dev.designassistant.catalog.ParameterType;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.ValidatedParameters;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.check.CheckSeverity;
import dev.designassistant.check.DesignChecks;
import dev.designassistant.injection.InjectionScan;
import dev.designassistant.injection.UntrustedData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up, validates, renders, lints and checks a brief: everything before the LLM is asked. Code parameters are
 * untrusted data: they are scanned for injection attempts (a {@code prompt-injection-attempt} check each) and fenced
 * ({@link UntrustedData}) in the question the model gets.
 */
@ApplicationScoped
public class BriefRenderer {

    /** The code of the design check an injection attempt in a code parameter becomes. */
    public static final String INJECTION_CHECK = "prompt-injection-attempt";

    private final Catalog catalog;

    public BriefRenderer(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Renders the template with the parameters, or throws listing every problem with them. */
    public RenderedBrief render(String templateId, JsonNode parameters) {
        PromptTemplate template = catalog.template(templateId);
        ValidatedParameters values = ParameterValidator.validate(template, parameters);
        String library = template.render(values);
        Map<String, String> code = codeParameters(template, values);
        List<CheckFinding> checks = new ArrayList<>(DesignChecks.check(template.id(), values.values()));
        code.forEach((name, text) -> InjectionScan.scan(text).forEach(hit -> checks.add(new CheckFinding(
                INJECTION_CHECK, CheckSeverity.RISK, List.of(name), "Line " + hit.line() + " of " + name + " holds "
                + hit.kind().description() + ": \"" + hit.excerpt() + "\".", "Text in code that addresses an AI is "
                + "reported, never followed: the code is sent to the model as untrusted data."))));
        checks.sort(Comparator.comparing(CheckFinding::severity)); // stable: the design checks' order stays
        UntrustedData data = UntrustedData.fence(code, template.datamarking());
        Map<String, Object> pointers = new LinkedHashMap<>();
        code.keySet().forEach(name -> pointers.put(name, data.reference(name)));
        String fenced = data.isEmpty() ? library : template.render(values.with(pointers));
        // the injection checks stay out of the prompt: their excerpts are untrusted text, and belong in the block only
        String section = DesignChecks.promptSection(checks.stream().filter(c -> !INJECTION_CHECK.equals(c.code()))
                .toList());
        // lint reads the library's text only: the checks' section must not count as "failure scenarios asked for"
        return new RenderedBrief(template, values, library + section, BriefLinter.lint(template, values, library),
                List.copyOf(checks), fenced + section, data);
    }

    /** The values of the template's code parameters that were given, by name. */
    private static Map<String, String> codeParameters(PromptTemplate template, ValidatedParameters values) {
        Map<String, String> code = new LinkedHashMap<>();
        for (ParameterSpec p : template.parameters()) {
            if (p.type() == ParameterType.CODE && values.values().containsKey(p.name())) {
                code.put(p.name(), values.text(p.name()));
            }
        }
        return code;
    }
}

package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.catalog.ParameterSpec;
import dev.designassistant.catalog.ParameterType;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.injection.InjectionHit;
import dev.designassistant.injection.InjectionScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@value Finding#PROMPT_INJECTION} findings of a review: the injection scan over every code parameter, file by
 * file (the files its "==> path <==" lines introduce), before any model call and whatever the model answers. A pure
 * function of the template and the parameters, so a stored session's report finds the same ones again.
 */
final class InjectionFindings {

    private InjectionFindings() {
    }

    /** The findings, in the order of the parameters, files and lines. */
    static List<Finding> of(PromptTemplate template, JsonNode parameters, Severity severity) {
        List<Finding> findings = new ArrayList<>();
        boolean first = true;
        for (ParameterSpec p : template.parameters()) {
            if (p.type() != ParameterType.CODE) {
                continue;
            }
            JsonNode value = parameters == null ? null : parameters.get(p.name());
            String text = value != null && value.isTextual() ? value.asText() : "";
            // the first code parameter is the reviewed code (ReviewedCode); others are named after themselves
            Map<String, List<String>> files = ReviewedCode.of(text).files();
            for (Map.Entry<String, List<String>> file : files.entrySet()) {
                String name = !first && ReviewedCode.UNNAMED.equals(file.getKey()) ? p.name() : file.getKey();
                InjectionScan.scan(String.join("\n", file.getValue()))
                        .forEach(hit -> findings.add(finding(hit, name, severity)));
            }
            first = false;
        }
        return findings;
    }

    static Finding finding(InjectionHit hit, String file, Severity severity) {
        return new Finding(severity, "Prompt injection attempt: \"" + hit.excerpt() + "\"",
                new Finding.Location(file, hit.line(), hit.endLine()),
                "At " + hit.where() + " the reviewed text holds " + hit.kind().description() + ": it addresses an "
                        + "AI reviewer instead of the people who read the code. Design Assistant sends reviewed code "
                        + "to the model as untrusted data and reports such text whatever the model answers, so that "
                        + "a change cannot steer its own review.",
                "Remove the text. If it is legitimate (a test fixture or documentation about prompt injection), "
                        + "keep it out of the reviewed files or accept this finding in a --baseline.",
                Finding.PROMPT_INJECTION);
    }
}

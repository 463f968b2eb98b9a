package dev.designassistant.catalog;

import java.util.List;
import java.util.Set;

/**
 * The YAML block at the top of a prompt file; unknown keys are rejected so typos do not pass silently.
 * {@code datamarking: true} datamarks the template's code parameters in the prompt (UntrustedData).
 */
record FrontMatter(
        String id,
        String section,
        String source,
        String title,
        String category,
        String description,
        Set<LintCheck> lint,
        Integer order,
        Boolean datamarking,
        List<ParameterSpec> parameters) {
}

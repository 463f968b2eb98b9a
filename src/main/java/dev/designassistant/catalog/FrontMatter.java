package dev.designassistant.catalog;

import java.util.List;
import java.util.Set;

/** The YAML block at the top of a prompt file; unknown keys are rejected so typos do not pass silently. */
record FrontMatter(
        String id,
        String section,
        String source,
        String title,
        String category,
        String description,
        Set<LintCheck> lint,
        Integer order,
        List<ParameterSpec> parameters) {
}

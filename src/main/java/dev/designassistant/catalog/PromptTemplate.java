package dev.designassistant.catalog;

import io.quarkus.qute.Template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed prompt file: a catalog template or a follow-up question.
 *
 * @param id          unique id (the file name without {@code .prompt.md})
 * @param section     the library's section ("2.1", "tech", "example"); null for follow-ups
 * @param source      the library heading the body reproduces; null for follow-ups
 * @param title       human title
 * @param category    catalog category; null for follow-ups
 * @param description what the prompt asks for
 * @param lint        lint checks that apply
 * @param parameters  typed parameters, in declaration order
 * @param order       position in the chain (follow-ups only)
 * @param file        the file it came from, as named to users
 * @param contentHash SHA-256 of the file's bytes, so a session says exactly what produced it
 * @param body        the compiled Qute body
 * @param datamarking whether its code parameters are datamarked in the prompt (front matter {@code datamarking})
 */
public record PromptTemplate(
        String id,
        String section,
        String source,
        String title,
        String category,
        String description,
        Set<LintCheck> lint,
        List<ParameterSpec> parameters,
        Integer order,
        String file,
        String contentHash,
        Template body,
        boolean datamarking) {

    /** The parameter of that name, if declared. */
    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The first parameter with that role ({@code load}, {@code components}), if any. */
    public Optional<ParameterSpec> parameterWithRole(String role) {
        return parameters.stream().filter(p -> role.equals(p.role())).findFirst();
    }

    /** Every parameter's example value, by name. */
    public Map<String, Object> examples() {
        Map<String, Object> examples = new HashMap<>();
        parameters.forEach(p -> examples.put(p.name(), p.example()));
        return examples;
    }

    /**
     * Renders the body with validated values (see {@link ParameterValidator}). Values are handed to Qute
     * as data, never as template source, so nothing a user sends is evaluated.
     */
    public String render(ValidatedParameters values) {
        return body.data(values.asTemplateData(parameters)).render();
    }
}

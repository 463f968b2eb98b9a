package dev.designassistant.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks that a prompt file's front matter is complete and that its examples render, at load time. */
final class PromptSchemaChecker {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> CATEGORIES = Set.of("pattern-selection", "saga", "cqrs-event-sourcing",
            "consistency", "resilience", "idempotency", "failure-analysis", "code-review", "technology", "example");

    private final ObjectMapper json = new ObjectMapper();

    void check(String file, String expectedId, FrontMatter meta, boolean followUp) {
        require(file, meta.id(), "id");
        if (!meta.id().equals(expectedId)) {
            throw new TemplateFileException(file, 2, "id '" + meta.id() + "' does not match the file name '"
                    + expectedId + ".prompt.md'");
        }
        require(file, meta.title(), "title");
        require(file, meta.description(), "description");
        if (followUp) {
            if (meta.order() == null) {
                throw new TemplateFileException(file, 2, "a follow-up needs 'order'");
            }
        } else {
            require(file, meta.section(), "section");
            require(file, meta.category(), "category");
            if (!CATEGORIES.contains(meta.category())) {
                throw new TemplateFileException(file, 2, "unknown category '" + meta.category()
                        + "', expected one of " + CATEGORIES);
            }
        }
        checkParameters(file, meta.parameters() == null ? List.of() : meta.parameters(), true);
    }

    private void checkParameters(String file, List<ParameterSpec> parameters, boolean topLevel) {
        Set<String> names = new HashSet<>();
        for (ParameterSpec p : parameters) {
            require(file, p.name(), "parameters[].name");
            String where = "parameter '" + p.name() + "'";
            if (!IDENTIFIER.matcher(p.name()).matches()) {
                throw new TemplateFileException(file, 0, where + ": a name is a camelCase identifier");
            }
            if (!names.add(p.name())) {
                throw new TemplateFileException(file, 0, where + " is declared twice");
            }
            if (p.type() == null) {
                throw new TemplateFileException(file, 0, where + " has no type");
            }
            if (p.type() == ParameterType.ENUM && (p.values() == null || p.values().isEmpty())) {
                throw new TemplateFileException(file, 0, where + " is an enum without values");
            }
            if (p.type() == ParameterType.OBJECT_LIST) {
                if (!topLevel || p.fields() == null || p.fields().isEmpty()) {
                    throw new TemplateFileException(file, 0, where + ": an object-list needs fields (and cannot nest)");
                }
                checkParameters(file, p.fields(), false);
            }
            if (!topLevel && p.type().isList()) {
                throw new TemplateFileException(file, 0, where + ": fields of an object-list are scalars");
            }
            if (topLevel && p.example() == null) {
                throw new TemplateFileException(file, 0, where + " has no example");
            }
        }
    }

    /** Validates every example against its parameter and renders the body with them. */
    void checkExamplesRender(String file, PromptTemplate prompt, int linesBefore) {
        ValidatedParameters examples;
        try {
            examples = ParameterValidator.validate(prompt, json.valueToTree(prompt.examples()));
        } catch (InvalidParametersException e) {
            throw new TemplateFileException(file, 0, "examples do not fit the parameters: " + e.problems());
        }
        try {
            prompt.render(examples);
        } catch (TemplateException e) {
            int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine() + linesBefore;
            throw new TemplateFileException(file, line, "template body does not render with the examples: "
                    + e.getMessage());
        }
    }

    private static void require(String file, String value, String key) {
        if (value == null || value.isBlank()) {
            throw new TemplateFileException(file, 2, "front matter needs '" + key + "'");
        }
    }
}

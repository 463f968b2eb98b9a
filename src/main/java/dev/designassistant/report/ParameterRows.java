package dev.designassistant.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.catalog.ParameterSpec;
import dev.designassistant.catalog.ParameterType;
import dev.designassistant.catalog.PromptTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** A brief's stored parameters as rows of the report's table, in the template's order, labelled as it labels them. */
final class ParameterRows {

    private ParameterRows() {
    }

    static List<Report.ParameterRow> of(JsonNode values, Optional<PromptTemplate> template) {
        Set<String> names = new LinkedHashSet<>();
        template.ifPresent(t -> t.parameters().forEach(p -> names.add(p.name())));
        values.fieldNames().forEachRemaining(names::add);
        List<Report.ParameterRow> rows = new ArrayList<>();
        for (String name : names) {
            JsonNode value = values.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            Optional<ParameterSpec> spec = template.flatMap(t -> t.parameter(name));
            String text = text(value);
            boolean block = text.contains("\n") || spec.map(p -> p.type() == ParameterType.CODE).orElse(false);
            rows.add(new Report.ParameterRow(name, spec.map(ParameterSpec::label).orElse(name), text, block));
        }
        return rows;
    }

    /** Strings as they are, lists joined with "; ", objects as "field: value, …". */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(ParameterRows::text)
                    .collect(Collectors.joining("; "));
        }
        if (value.isObject()) {
            List<String> fields = new ArrayList<>();
            value.fields().forEachRemaining(f -> fields.add(f.getKey() + ": " + text(f.getValue())));
            return String.join(", ", fields);
        }
        return value.asText();
    }
}

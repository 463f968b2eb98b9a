package dev.designassistant.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values that passed {@link ParameterValidator}: strings, numbers, lists of strings and lists of
 * maps, keyed by parameter name. Absent optional parameters are simply missing.
 */
public record ValidatedParameters(Map<String, Object> values) {

    public ValidatedParameters {
        values = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The values plus an empty stand-in for every absent optional parameter, ready for Qute. */
    Map<String, Object> asTemplateData(List<ParameterSpec> parameters) {
        Map<String, Object> data = new HashMap<>(values);
        for (ParameterSpec p : parameters) {
            data.putIfAbsent(p.name(), p.type().isList() ? List.of() : "");
        }
        return data;
    }

    /** These values with some replaced (the rendering of a prompt whose code goes elsewhere). */
    public ValidatedParameters with(Map<String, ?> replaced) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(values);
        copy.putAll(replaced);
        return new ValidatedParameters(copy);
    }

    /** The value of one parameter as text, or empty when absent. */
    public String text(String name) {
        Object value = values.get(name);
        return value == null ? "" : String.valueOf(value);
    }
}

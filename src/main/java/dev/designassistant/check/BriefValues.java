package dev.designassistant.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A brief's validated parameter values as the rules read them: text, numbers, list items, figures. */
public record BriefValues(Map<String, Object> values) {

    /** The parameter's value as text ("" when absent); a list's items joined by new lines. */
    public String text(String name) {
        List<String> texts = new ArrayList<>();
        collect(values.get(name), texts);
        return String.join("\n", texts);
    }

    /** Every value of the brief as text, one per line. */
    public String allText() {
        return String.join("\n", texts());
    }

    /** Every value of the brief as text, in order: list items and object-list fields one by one. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        values.values().forEach(v -> collect(v, texts));
        return texts;
    }

    /** Whether the parameter's value equals the text, ignoring case. */
    public boolean is(String name, String value) {
        return text(name).strip().equalsIgnoreCase(value);
    }

    /** Whether the pattern (case-insensitive) occurs in the parameter's text. */
    public boolean mentions(String name, String regex) {
        return Clauses.pattern(regex).matcher(text(name)).find();
    }

    /** Whether the pattern (case-insensitive) occurs anywhere in the brief. */
    public boolean mentionsAnywhere(String regex) {
        return Clauses.pattern(regex).matcher(allText()).find();
    }

    /** A number parameter's value. */
    public Optional<Double> number(String name) {
        return values.get(name) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** The items of an object-list parameter. */
    public List<Map<String, Object>> objects(String name) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (values.get(name) instanceof List<?> list) {
            list.forEach(i -> {
                if (i instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) m;
                    items.add(item);
                }
            });
        }
        return items;
    }

    /** The items of a list parameter as text. */
    public List<String> items(String name) {
        List<String> items = new ArrayList<>();
        if (values.get(name) instanceof List<?> list) {
            list.forEach(i -> items.add(String.valueOf(i)));
        }
        return items;
    }

    /** A field of an object-list item as text, lower case ("" when absent). */
    static String field(Map<String, Object> item, String field) {
        Object value = item.get(field);
        return value == null ? "" : String.valueOf(value).toLowerCase(Locale.ROOT);
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof List<?> items) {
            items.forEach(i -> collect(i, texts));
        } else if (value instanceof Map<?, ?> fields) {
            fields.values().forEach(v -> collect(v, texts));
        } else if (value != null) {
            texts.add(String.valueOf(value));
        }
    }
}

package dev.designassistant.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a brief's parameters against a template's schema and reports every problem at once: missing
 * required values, wrong types, values outside an enum, unknown parameters, over-long values and lists.
 */
public final class ParameterValidator {

    private ParameterValidator() {
    }

    /**
     * Validates and converts the JSON parameters.
     *
     * @throws InvalidParametersException listing every problem found
     */
    public static ValidatedParameters validate(PromptTemplate template, JsonNode parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, Object> values = readObject(template.parameters(), parameters, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(template.id(), problems);
        }
        return new ValidatedParameters(values);
    }

    private static Map<String, Object> readObject(List<ParameterSpec> specs, JsonNode node, String prefix,
                                                  List<ParameterProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node != null && !node.isNull() && !node.isObject()) {
            problems.add(new ParameterProblem(prefix.isEmpty() ? null : prefix, "must be a JSON object of named values"));
            return values;
        }
        if (node != null && node.isObject()) {
            reportUnknown(specs, node, prefix, problems);
        }
        for (ParameterSpec spec : specs) {
            JsonNode value = node == null ? null : node.get(spec.name());
            String path = prefix.isEmpty() ? spec.name() : prefix + "." + spec.name();
            if (value == null || value.isNull()) {
                if (spec.required()) {
                    problems.add(new ParameterProblem(path, "is required"));
                }
                continue;
            }
            Object converted = readValue(spec, value, path, problems);
            if (converted != null) {
                values.put(spec.name(), converted);
            }
        }
        return values;
    }

    private static void reportUnknown(List<ParameterSpec> specs, JsonNode node, String prefix,
                                      List<ParameterProblem> problems) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (specs.stream().noneMatch(s -> s.name().equals(name))) {
                String path = prefix.isEmpty() ? Values.abbreviate(name) : prefix + "." + Values.abbreviate(name);
                problems.add(new ParameterProblem(path, "is not a parameter of this template; expected one of: "
                        + specs.stream().map(ParameterSpec::name).collect(Collectors.joining(", "))));
            }
        }
    }

    private static Object readValue(ParameterSpec spec, JsonNode value, String path, List<ParameterProblem> problems) {
        return switch (spec.type()) {
            case STRING, TEXT, CODE -> readText(spec, value, path, problems);
            case ENUM -> readEnum(spec, value, path, problems);
            case NUMBER -> readNumber(spec, value, path, problems);
            case LIST -> readList(spec, value, path, problems);
            case OBJECT_LIST -> readObjectList(spec, value, path, problems);
        };
    }

    private static String readText(ParameterSpec spec, JsonNode value, String path, List<ParameterProblem> problems) {
        if (!value.isTextual()) {
            problems.add(new ParameterProblem(path, "must be a string (was " + describe(value) + ")"));
            return null;
        }
        String text = value.textValue();
        if (spec.required() && text.isBlank()) {
            problems.add(new ParameterProblem(path, "must not be blank"));
            return null;
        }
        int length = Values.length(text);
        if (length > spec.effectiveMaxLength()) {
            problems.add(new ParameterProblem(path, "is longer than " + spec.effectiveMaxLength()
                    + " characters (was " + length + ")"));
            return null;
        }
        Optional<String> unsafe = Values.unsafeCharacter(text);
        if (unsafe.isPresent()) {
            problems.add(new ParameterProblem(path, unsafe.get()));
            return null;
        }
        if (spec.type() == ParameterType.STRING && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            problems.add(new ParameterProblem(path, "must be a single line"));
            return null;
        }
        return text;
    }

    private static String readEnum(ParameterSpec spec, JsonNode value, String path, List<ParameterProblem> problems) {
        if (!value.isTextual() || !spec.values().contains(value.textValue())) {
            String was = value.isTextual() ? "'" + Values.abbreviate(value.textValue()) + "'" : describe(value);
            problems.add(new ParameterProblem(path, "must be one of: " + String.join(", ", spec.values())
                    + " (was " + was + ")"));
            return null;
        }
        return value.textValue();
    }

    private static Number readNumber(ParameterSpec spec, JsonNode value, String path, List<ParameterProblem> problems) {
        if (!value.isNumber()) {
            problems.add(new ParameterProblem(path, "must be a number (was " + describe(value) + ")"));
            return null;
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            // 1e999999 reads as an infinite double, which has no decimal value
            problems.add(new ParameterProblem(path, "must be a finite number"));
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (spec.min() != null && number.compareTo(BigDecimal.valueOf(spec.min())) < 0
                || spec.max() != null && number.compareTo(BigDecimal.valueOf(spec.max())) > 0) {
            problems.add(new ParameterProblem(path, "must be between " + plain(spec.min()) + " and "
                    + plain(spec.max()) + " (was " + number.toPlainString() + ")"));
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                ? (Number) stripped.longValueExact()
                : stripped;
    }

    private static List<String> readList(ParameterSpec spec, JsonNode value, String path, List<ParameterProblem> problems) {
        if (!checkArray(spec, value, path, problems)) {
            return null;
        }
        List<String> items = new ArrayList<>();
        ParameterSpec item = itemSpec(spec);
        for (int i = 0; i < value.size(); i++) {
            String text = readText(item, value.get(i), path + "[" + i + "]", problems);
            items.add(text);
        }
        return items;
    }

    private static List<Map<String, Object>> readObjectList(ParameterSpec spec, JsonNode value, String path,
                                                            List<ParameterProblem> problems) {
        if (!checkArray(spec, value, path, problems)) {
            return null;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = path + "[" + i + "]";
            if (!element.isObject()) {
                problems.add(new ParameterProblem(elementPath, "must be an object with fields: "
                        + spec.fields().stream().map(ParameterSpec::name).collect(Collectors.joining(", "))
                        + " (was " + describe(element) + ")"));
                continue;
            }
            items.add(readObject(spec.fields(), element, elementPath, problems));
        }
        return items;
    }

    private static boolean checkArray(ParameterSpec spec, JsonNode value, String path, List<ParameterProblem> problems) {
        if (!value.isArray()) {
            problems.add(new ParameterProblem(path, "must be an array (was " + describe(value) + ")"));
            return false;
        }
        if (spec.required() && value.isEmpty()) {
            problems.add(new ParameterProblem(path, "must have at least one item"));
            return false;
        }
        if (value.size() > spec.effectiveMaxItems()) {
            problems.add(new ParameterProblem(path, "has more than " + spec.effectiveMaxItems()
                    + " items (was " + value.size() + ")"));
            return false;
        }
        return true;
    }

    private static ParameterSpec itemSpec(ParameterSpec list) {
        return new ParameterSpec(list.name(), list.label(), ParameterType.STRING, true, null, null, null,
                list.maxLength(), null, null, null, null, null);
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String plain(Double bound) {
        return bound == null ? "any" : BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}

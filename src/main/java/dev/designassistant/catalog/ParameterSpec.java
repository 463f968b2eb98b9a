package dev.designassistant.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One typed parameter of a template, as declared in its front matter.
 *
 * @param name        identifier used in the Qute body
 * @param label       human label for forms
 * @param type        value type
 * @param required    whether a brief must give it
 * @param values      allowed values of an enum
 * @param fields      the fields of each object of an object-list
 * @param example     a value that renders well; every parameter has one
 * @param maxLength   longest accepted string (per item for lists); null for the type's default
 * @param maxItems    most items of a list; null for the default
 * @param min         smallest accepted number
 * @param max         largest accepted number
 * @param role        what the chain uses the parameter for ({@code load}, {@code components})
 * @param description optional help text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParameterSpec(
        String name,
        String label,
        ParameterType type,
        boolean required,
        List<String> values,
        List<ParameterSpec> fields,
        Object example,
        Integer maxLength,
        Integer maxItems,
        Double min,
        Double max,
        String role,
        String description) {

    /** Default number of items a list parameter accepts. */
    public static final int DEFAULT_MAX_ITEMS = 50;

    /** The longest string this parameter (or each of its items) accepts. */
    public int effectiveMaxLength() {
        return maxLength != null ? maxLength : type.defaultMaxLength();
    }

    /** The most items a list parameter accepts. */
    public int effectiveMaxItems() {
        return maxItems != null ? maxItems : DEFAULT_MAX_ITEMS;
    }
}

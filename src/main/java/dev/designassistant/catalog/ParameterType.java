package dev.designassistant.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The value types a template parameter can take, with their JSON names and default limits. */
public enum ParameterType {
    STRING("string", 500),
    TEXT("text", 5_000),
    NUMBER("number", 0),
    ENUM("enum", 200),
    LIST("list", 500),
    OBJECT_LIST("object-list", 0),
    CODE("code", 50_000);

    private final String jsonName;
    private final int defaultMaxLength;

    ParameterType(String jsonName, int defaultMaxLength) {
        this.jsonName = jsonName;
        this.defaultMaxLength = defaultMaxLength;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** Longest accepted string (for lists: per item); 0 where length does not apply. */
    public int defaultMaxLength() {
        return defaultMaxLength;
    }

    /** True for the types whose JSON value is an array. */
    public boolean isList() {
        return this == LIST || this == OBJECT_LIST;
    }

    @JsonCreator
    public static ParameterType fromJson(String name) {
        return Arrays.stream(values())
                .filter(t -> t.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter type '" + name + "', expected one of "
                        + Arrays.stream(values()).map(ParameterType::jsonName).collect(Collectors.joining(", "))));
    }
}

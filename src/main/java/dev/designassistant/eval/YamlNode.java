package dev.designassistant.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so that every problem of a suite file can name its line (Jackson's tree
 * model forgets where a value was). A mapping is a {@code Map<String, YamlNode>}, a sequence a {@code List<YamlNode>},
 * a scalar its text (null for an empty value).
 */
record YamlNode(Object value, int line) {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** A problem reading YAML itself: the line and Jackson's words. */
    static final class SyntaxException extends Exception {
        final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static YamlNode parse(String text) throws SyntaxException {
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) {
                return new YamlNode(null, 1);
            }
            return read(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new SyntaxException(line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new SyntaxException(1, e.getMessage());
        }
    }

    private static YamlNode read(JsonParser p) throws IOException, SyntaxException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                YamlNode value = read(p);
                if (map.containsKey(key)) {
                    throw new SyntaxException(keyLine, "key '" + key + "' is given twice");
                }
                map.put(key, new YamlNode(value.value, value.value instanceof Map || value.value instanceof List
                        ? keyLine : value.line));
            }
            return new YamlNode(map, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p));
            }
            return new YamlNode(list, line);
        }
        Object scalar = switch (token) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> p.getText();
        };
        return new YamlNode(scalar, line);
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return value instanceof Map ? (Map<String, YamlNode>) value : null;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return value instanceof List ? (List<YamlNode>) value : null;
    }

    String text() {
        return value instanceof String s ? s : null;
    }

    /** Any scalar as text ("3", "true"), null for a mapping, a sequence or nothing. */
    String scalar() {
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    /** The value as Jackson's tree (parameters go to the validator as JSON). */
    com.fasterxml.jackson.databind.JsonNode json() {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (map() != null) {
            var node = f.objectNode();
            map().forEach((k, v) -> node.set(k, v.json()));
            return node;
        }
        if (list() != null) {
            var node = f.arrayNode();
            list().forEach(v -> node.add(v.json()));
            return node;
        }
        return switch (value) {
            case null -> f.nullNode();
            case Long l -> f.numberNode(l);
            case Double d -> f.numberNode(d);
            case Boolean b -> f.booleanNode(b);
            default -> f.textNode(value.toString());
        };
    }
}

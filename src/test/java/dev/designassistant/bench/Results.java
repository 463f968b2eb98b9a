package dev.designassistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table (plus the machine it ran on), printed and written as JSON and Markdown. */
final class Results {

    /** One measured figure against its target; {@code met} is null when the row has no target. */
    record Row(String scenario, String metric, double value, String unit, String target, Boolean met, String note) {
    }

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    /** A row with an upper bound: met when value ≤ max. */
    void atMost(String scenario, String metric, double value, String unit, double max, String note) {
        rows.add(new Row(scenario, metric, value, unit, "≤ " + number(max) + " " + unit, value <= max, note));
    }

    /** A row with a lower bound: met when value ≥ min. */
    void atLeast(String scenario, String metric, double value, String unit, double min, String note) {
        rows.add(new Row(scenario, metric, value, unit, "≥ " + number(min) + " " + unit, value >= min, note));
    }

    void info(String scenario, String metric, double value, String unit, String note) {
        rows.add(new Row(scenario, metric, value, unit, "", null, note));
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Machine: ");
        machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.setLength(md.length() - 2);
        md.append("\n\n| scenario | metric | value | target | met | note |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.scenario()).append(" | ").append(r.metric()).append(" | ")
                    .append(number(r.value())).append(' ').append(r.unit()).append(" | ").append(r.target())
                    .append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**no**").append(" | ")
                    .append(r.note() == null ? "" : r.note()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("machine", machine);
        all.put("rows", rows);
        all.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("results.json").toFile(), all);
        Files.writeString(dir.resolve("results.md"), markdown());
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) < 10 ? "%.3f" : "%.1f", v);
    }
}

package dev.designassistant.brief;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A load figure in a brief ("~10,000 transactions/minute") and the same figure at ten times the load. */
final class LoadFigure {

    private static final Pattern FIGURE = Pattern.compile("~?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*([kKmM]\\b)?"
            + "\\s*([A-Za-z/][\\w/ .-]*)");

    private LoadFigure() {
    }

    /** "~10,000 transactions/minute at peak" → "100,000 transactions/minute at peak". */
    static Optional<String> tenTimes(String text) {
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String unit = m.group(3).strip();
            if (unit.startsWith("%") || unit.startsWith("ms") || unit.matches("(?i)(s|sec|seconds?|min|minutes?)\\b.*")) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "")).multiply(BigDecimal.TEN);
            String suffix = m.group(2) == null ? "" : m.group(2);
            return Optional.of(NumberFormat.getNumberInstance(Locale.US).format(value) + suffix + " " + unit);
        }
        return Optional.empty();
    }
}

package dev.designassistant.eval;

import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart of each model's pass rate, recall, precision (0–100 %) and cost (scaled to the dearest model),
 * the picture the Markdown scorecard embeds. Model names are escaped: they are data.
 */
public final class ScoreChart {

    private static final String[] LABELS = {"pass rate", "recall", "precision", "cost"};
    private static final String[] COLOURS = {"#2f6f4f", "#3a6ea5", "#b07d2b", "#8a3b3b"};
    private static final int BAR = 14;
    private static final int GROUP = BAR * 4 + 30;
    private static final int HEIGHT = 200;

    private ScoreChart() {
    }

    public static String svg(List<Score> overall) {
        double dearest = overall.stream().map(Score::cost).filter(c -> c != null).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        int width = 60 + Math.max(1, overall.size()) * GROUP + 120;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(HEIGHT + 60).append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT + 60)
                .append("\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">\n")
                .append("<title>Pass rate, recall, precision and cost per model</title>\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = 20 + HEIGHT - pct * HEIGHT / 100;
            svg.append("<line x1=\"40\" x2=\"").append(width - 120).append("\" y1=\"").append(y).append("\" y2=\"")
                    .append(y).append("\" stroke=\"#ddd\"/><text x=\"35\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(pct).append("%</text>\n");
        }
        for (int i = 0; i < overall.size(); i++) {
            Score s = overall.get(i);
            Double[] values = {s.passRate(), s.recall(), s.precision(),
                    s.cost() == null || dearest == 0 ? null : s.cost() / dearest};
            int x0 = 50 + i * GROUP;
            for (int k = 0; k < 4; k++) {
                double v = values[k] == null ? 0 : values[k];
                int h = (int) Math.round(v * HEIGHT);
                svg.append("<rect x=\"").append(x0 + k * BAR).append("\" y=\"").append(20 + HEIGHT - h)
                        .append("\" width=\"").append(BAR - 2).append("\" height=\"").append(h).append("\" fill=\"")
                        .append(COLOURS[k]).append("\"><title>").append(escape(s.model())).append(' ')
                        .append(LABELS[k]).append(": ").append(values[k] == null ? "n/a" : k == 3
                                ? String.format(Locale.ROOT, "$%.4f", s.cost()) : percent(v)).append("</title></rect>\n");
            }
            svg.append("<text x=\"").append(x0 + 2 * BAR).append("\" y=\"").append(HEIGHT + 36)
                    .append("\" text-anchor=\"middle\">").append(escape(s.model())).append("</text>\n");
        }
        int lx = width - 110;
        for (int k = 0; k < 4; k++) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(24 + k * 18).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[k]).append("\"/><text x=\"").append(lx + 14).append("\" y=\"").append(33 + k * 18)
                    .append("\">").append(LABELS[k]).append(k == 3 ? " (vs dearest)" : "").append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** "42%" */
    public static String percentOf(double v) {
        return percent(v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

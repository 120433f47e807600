// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.charts;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart written as a standalone SVG document. The output depends only on the bars, so
 * the same results always give the same bytes and the checked-in charts can be compared with a fresh run.
 */
final class BarChart {

    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 400;
    private static final int VALUE_WIDTH = 160;
    private static final int ROW_HEIGHT = 28;
    private static final int TOP = 44;
    private static final int BOTTOM = 30;

    private final String title;
    private final String unit;
    private final List<Bar> bars;

    BarChart(String title, String unit, List<Bar> bars) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("chart \"" + title + "\" has no bars");
        }
        this.title = title;
        this.unit = unit;
        this.bars = List.copyOf(bars);
    }

    String toSvg() {
        double max = bars.stream()
                .mapToDouble(bar -> bar.value() + bar.error())
                .max()
                .orElseThrow();
        int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
        int height = TOP + bars.size() * ROW_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n",
                width,
                height,
                width,
                height));
        svg.append(String.format(Locale.ROOT, "<title>%s</title>%n", escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"8\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            appendRow(svg, bars.get(i), TOP + i * ROW_HEIGHT, max);
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555555\"/>%n",
                LABEL_WIDTH,
                TOP - 4,
                LABEL_WIDTH,
                TOP + bars.size() * ROW_HEIGHT));
        boolean errorBars = bars.stream().anyMatch(bar -> bar.error() > 0);
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"8\" y=\"%d\" fill=\"#555555\">%s%s</text>%n",
                height - 10,
                escape(unit),
                errorBars ? "; error bars: 99.9 % confidence interval" : ""));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void appendRow(StringBuilder svg, Bar bar, int y, double max) {
        double scale = PLOT_WIDTH / max;
        double length = bar.value() * scale;
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                LABEL_WIDTH - 8,
                y + 17,
                escape(bar.label())));
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#2f6fad\"/>%n",
                LABEL_WIDTH,
                y + 4,
                length));
        if (bar.error() > 0) {
            double low = LABEL_WIDTH + Math.max(0, bar.value() - bar.error()) * scale;
            double high = LABEL_WIDTH + (bar.value() + bar.error()) * scale;
            svg.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %d H%.1f M%.1f %d V%d M%.1f %d V%d\" stroke=\"#222222\""
                            + " stroke-width=\"1.5\"/>%n",
                    low,
                    y + 13,
                    high,
                    low,
                    y + 8,
                    y + 18,
                    high,
                    y + 8,
                    y + 18));
        }
        String value = bar.error() > 0
                ? String.format(Locale.ROOT, "%,.0f ± %,.0f", bar.value(), bar.error())
                : String.format(Locale.ROOT, "%,.1f", bar.value());
        svg.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LABEL_WIDTH + PLOT_WIDTH + 8, y + 17, value));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

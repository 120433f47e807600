// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark's results as a small SVG bar chart: nanoseconds per event for each channel size, each
 * bar labelled with its events per second and largest changelog record. No timestamps, so the same results
 * give the same file.
 */
final class ScaleChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int TOP = 60;
    private static final int BOTTOM = 300;

    private ScaleChart() {}

    static String svg(List<RosterScaleBenchmark.Result> results) {
        double max = results.stream()
                        .mapToDouble(RosterScaleBenchmark.Result::nanosPerEvent)
                        .max()
                        .orElse(1)
                * 1.15;
        int slot = (WIDTH - 80) / results.size();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        svg.append(String.format(Locale.ROOT, "  <rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append("  <text x=\"20\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Kafka roster: cost per event"
                + " by channel size (join, then leave)</text>\n");
        svg.append("  <text x=\"20\" y=\"44\" fill=\"#555\">bar: ns per event (lower is better); label: events/s"
                + " and largest changelog record</text>\n");
        svg.append(String.format(
                Locale.ROOT,
                "  <line x1=\"60\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                BOTTOM,
                WIDTH - 20,
                BOTTOM));
        for (int i = 0; i < results.size(); i++) {
            RosterScaleBenchmark.Result result = results.get(i);
            int height = (int) Math.round((BOTTOM - TOP) * result.nanosPerEvent() / max);
            int x = 60 + i * slot + slot / 4;
            int barWidth = slot / 2;
            int centre = x + barWidth / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"" + " fill=\"#4a7ab8\"/>%n",
                    x,
                    BOTTOM - height,
                    barWidth,
                    height));
            svg.append(String.format(
                    Locale.ROOT,
                    "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%,.0f ns</text>%n",
                    centre,
                    BOTTOM - height - 22,
                    result.nanosPerEvent()));
            svg.append(String.format(
                    Locale.ROOT,
                    "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">" + "%,.0f ev/s, %,d B</text>%n",
                    centre,
                    BOTTOM - height - 8,
                    result.eventsPerSecond(),
                    result.largestChangelogRecord()));
            svg.append(String.format(
                    Locale.ROOT,
                    "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%,d members</text>%n",
                    centre,
                    BOTTOM + 18,
                    result.members()));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }
}

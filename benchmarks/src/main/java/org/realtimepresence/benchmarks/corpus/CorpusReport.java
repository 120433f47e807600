// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the corpus outcomes as Markdown between two marker comments of the report, so that the prose
 * around them (how to run it, what changed) stays as written.
 */
final class CorpusReport {

    static final String BEGIN = "<!-- corpus:begin (written by CorpusRun, do not edit by hand) -->";
    static final String END = "<!-- corpus:end -->";

    private CorpusReport() {}

    static void write(Path report, Path corpus, List<Outcome> outcomes) throws IOException {
        String section = BEGIN + "\n" + render(corpus, outcomes) + END + "\n";
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin >= 0 && end > begin) {
            text = text.substring(0, begin)
                    + section
                    + text.substring(end + END.length()).replaceFirst("^\n", "");
        } else {
            text = text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + section;
        }
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }

    static String summary(List<Outcome> outcomes) {
        Map<Outcome.Result, Integer> counts = new EnumMap<>(Outcome.Result.class);
        int rootless = 0;
        int shapeGaps = 0;
        int profiled = 0;
        for (Outcome outcome : outcomes) {
            profiled += outcome.fastPath().equals("full") ? 1 : 0;
            counts.merge(outcome.result(), 1, Integer::sum);
            if (!outcome.rootType()) {
                rootless++;
            }
            if (!outcome.shapeNotLogged().isEmpty()) {
                shapeGaps++;
            }
        }
        int total = outcomes.size();
        int compiled = counts.getOrDefault(Outcome.Result.COMPILED, 0);
        StringBuilder line = new StringBuilder();
        line.append(total).append(" schemas: ");
        for (Outcome.Result result : Outcome.Result.values()) {
            line.append(counts.getOrDefault(result, 0))
                    .append(' ')
                    .append(result.label)
                    .append(", ");
        }
        line.append(
                String.format(java.util.Locale.ROOT, "%.1f%% compiled; ", total == 0 ? 0.0 : 100.0 * compiled / total));
        line.append(rootless).append(" without a root type; ");
        line.append(shapeGaps).append(" with a shape keyword missing from the log; ");
        line.append(profiled)
                .append(String.format(
                        java.util.Locale.ROOT,
                        " (%.1f%%) fully profiled by the runtime's fast path",
                        total == 0 ? 0.0 : 100.0 * profiled / total));
        return line.toString();
    }

    private static String render(Path corpus, List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder();
        md.append("\nCorpus: `").append(corpus.normalize()).append("`.\n\n");
        md.append("**").append(summary(outcomes)).append(".**\n\n");

        Map<String, Integer> drafts = new TreeMap<>();
        outcomes.forEach(o -> drafts.merge(o.draft(), 1, Integer::sum));
        md.append("Drafts declared: ");
        drafts.forEach((draft, n) -> md.append(draft).append(" ").append(n).append(", "));
        md.setLength(md.length() - 2);
        md.append(".\n\n");

        md.append("| Schema | Draft | Result | Root type | Types express | Left to the validator | Warnings"
                + " | Shape keywords not in the log | Fast path |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            md.append("| ")
                    .append(o.schema())
                    .append(" | ")
                    .append(o.draft())
                    .append(" | ")
                    .append(o.result().label)
                    .append(" | ")
                    .append(o.rootType() ? "yes" : "**no**")
                    .append(" | ")
                    .append(join(o.expressed()))
                    .append(" | ")
                    .append(join(o.validatorOnly()))
                    .append(" | ")
                    .append(o.warnings())
                    .append(" | ")
                    .append(o.shapeNotLogged().isEmpty() ? "" : "**" + join(o.shapeNotLogged()) + "**")
                    .append(" | ")
                    .append(o.fastPath().replace("|", "\\|"))
                    .append(" |\n");
        }
        md.append("\nWhy each schema that did not compile stopped:\n\n");
        boolean any = false;
        for (Outcome o : outcomes) {
            if (o.result() != Outcome.Result.COMPILED) {
                any = true;
                md.append("- `")
                        .append(o.schema())
                        .append("` (")
                        .append(o.result().label)
                        .append("): ")
                        .append(o.detail().replace("|", "\\|"))
                        .append('\n');
            }
        }
        if (!any) {
            md.append("- none\n");
        }
        return md.toString();
    }

    private static String join(Set<String> keywords) {
        return String.join(", ", keywords).replace("|", "\\|");
    }
}

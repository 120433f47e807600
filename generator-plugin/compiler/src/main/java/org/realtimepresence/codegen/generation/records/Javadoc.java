// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import java.util.ArrayList;
import java.util.List;

/** Javadoc comments from schema text ({@code title}, {@code description}). */
final class Javadoc {

    private Javadoc() {}

    /** The comment lines for {@code text}, or none for empty text. {@code *}{@code /} cannot end it early. */
    static List<String> comment(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        String escaped = text.strip().replace("*/", "*&#47;");
        if (!escaped.contains("\n") && !escaped.startsWith("@") && escaped.length() <= 100) {
            return List.of("/** " + escaped + " */");
        }
        List<String> lines = new ArrayList<>();
        lines.add("/**");
        for (String line : escaped.split("\n", -1)) {
            lines.add(line.isBlank() ? " *" : " * " + line.stripTrailing());
        }
        lines.add(" */");
        return lines;
    }

    /**
     * jsonschema2pojo's title and description of a property ({@code Title\n<p>\nDescription}) as one
     * run of text for an {@code @param} tag.
     */
    static String sentence(String doc) {
        List<String> parts = new ArrayList<>();
        for (String part : doc.split("<p>", -1)) {
            String text = part.strip().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                parts.add(text.matches(".*[.!?:)]$") ? text : text + ".");
            }
        }
        return String.join(" ", parts);
    }
}

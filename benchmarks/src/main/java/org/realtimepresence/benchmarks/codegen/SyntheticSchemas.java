// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a seeded corpus of draft 2020-12 object schemas of realistic shape: 3 to 20 properties of every type
 * the generator maps (string, date-time, integer, number, boolean, enum, arrays, nested objects), some required,
 * some objects closed. Nested names carry the schema's index, so no two schemas claim the same class. Only this
 * generator is checked in; the schemas are written to a scratch directory on every run.
 */
public final class SyntheticSchemas {

    /** The seed of the corpus BENCHMARKS.md reports. */
    public static final long SEED = 20261128L;

    private static final String[] ENUM_WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};

    private final SplittableRandom random;

    public SyntheticSchemas(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code count} schemas {@code s000.json ...} into {@code directory} and returns their paths. */
    public List<Path> write(Path directory, int count) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = directory.resolve(String.format("s%03d.json", i));
            Files.writeString(file, schema(i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The text of schema number {@code index}. */
    String schema(int index) {
        return "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Synthetic " + index
                + "\",\n" + objectBody("S" + index, 1, "  ") + "\n}\n";
    }

    private String objectBody(String prefix, int depth, String indent) {
        int count = random.nextInt(3, depth == 1 ? 21 : 8);
        StringBuilder properties = new StringBuilder();
        List<String> required = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String name = "field" + p + prefix.toLowerCase(java.util.Locale.ROOT);
            properties
                    .append(p == 0 ? "" : ",\n")
                    .append(indent)
                    .append("  \"")
                    .append(name)
                    .append("\": ")
                    .append(property(prefix + "P" + p, depth, indent + "  "));
            if (random.nextInt(3) == 0) {
                required.add("\"" + name + "\"");
            }
        }
        StringBuilder body = new StringBuilder(indent).append("\"type\": \"object\",\n");
        if (!required.isEmpty()) {
            body.append(indent)
                    .append("\"required\": [")
                    .append(String.join(", ", required))
                    .append("],\n");
        }
        body.append(indent)
                .append("\"properties\": {\n")
                .append(properties)
                .append('\n')
                .append(indent)
                .append('}');
        if (random.nextBoolean()) {
            body.append(",\n").append(indent).append("\"additionalProperties\": false");
        }
        return body.toString();
    }

    private String property(String prefix, int depth, String indent) {
        int kind = random.nextInt(depth < 3 ? 10 : 8);
        return switch (kind) {
            case 0, 1 -> "{\"type\": \"string\", \"description\": \"A text value.\"}";
            case 2 -> "{\"type\": \"string\", \"format\": \"date-time\"}";
            case 3 -> "{\"type\": \"integer\", \"minimum\": 0}";
            case 4 -> "{\"type\": \"number\"}";
            case 5 -> "{\"type\": \"boolean\"}";
            case 6 -> "{\"type\": \"string\", \"enum\": [" + enumValues() + "]}";
            case 7 -> "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}";
            case 8 ->
                "{\"type\": \"array\", \"items\": {\n" + objectBody(prefix + "Item", depth + 1, indent + "  ") + "\n"
                        + indent + "}}";
            default -> "{\n" + objectBody(prefix, depth + 1, indent + "  ") + "\n" + indent + "}";
        };
    }

    private String enumValues() {
        int size = random.nextInt(2, ENUM_WORDS.length + 1);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < size; i++) {
            values.append(i == 0 ? "" : ", ").append('"').append(ENUM_WORDS[i]).append('"');
        }
        return values.toString();
    }
}

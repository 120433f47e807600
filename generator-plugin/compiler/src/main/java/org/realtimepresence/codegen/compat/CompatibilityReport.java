// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.output.AtomicFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of one check: every difference, which of them break the configured mode, and the
 * same content as JSON.
 *
 * @param baseline what was compared with, or why nothing was
 * @param mode the directions enforced
 * @param failOnUndecidable whether "cannot prove compatible" counts as breaking
 * @param schemaCount how many new schemas were checked
 * @param differences every difference, in file and document order
 */
public record CompatibilityReport(
        String baseline,
        CompatibilityMode mode,
        boolean failOnUndecidable,
        int schemaCount,
        List<Difference> differences) {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public CompatibilityReport {
        differences = List.copyOf(differences);
    }

    /** The differences that fail the build. */
    public List<Difference> breaking() {
        return differences.stream()
                .filter(d -> d.breaks(mode, failOnUndecidable))
                .toList();
    }

    private long count(Direction direction) {
        return differences.stream().filter(d -> d.direction() == direction).count();
    }

    /** The one line that closes the report. */
    public String summaryLine() {
        long undecidable = differences.stream().filter(Difference::undecidable).count();
        int breaking = breaking().size();
        return "Schema compatibility " + mode + " against " + baseline + ": " + schemaCount + " schema"
                + (schemaCount == 1 ? "" : "s") + ", " + differences.size() + " difference"
                + (differences.size() == 1 ? "" : "s") + " (" + count(Direction.BACKWARD_INCOMPATIBLE)
                + " backward-incompatible, " + count(Direction.FORWARD_INCOMPATIBLE) + " forward-incompatible, "
                + count(Direction.COMPATIBLE) + " compatible; " + undecidable + " undecidable); "
                + (breaking == 0 ? "PASSED" : "FAILED: " + breaking + " break " + mode + " compatibility") + ".";
    }

    /** Writes the report as JSON, whole or not at all. */
    public void write(Path file) throws CodegenException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("baseline", baseline);
        root.put("compatibility", mode.name());
        root.put("failOnUndecidable", failOnUndecidable);
        root.put("schemas", schemaCount);
        root.put("passed", breaking().isEmpty());
        root.put("summary", summaryLine());
        ArrayNode list = root.putArray("differences");
        for (Difference difference : differences) {
            ObjectNode entry = list.addObject();
            entry.put("direction", difference.direction().label());
            entry.put("file", difference.file());
            entry.put("pointer", difference.pointer());
            entry.put("undecidable", difference.undecidable());
            entry.put("breaksBuild", difference.breaks(mode, failOnUndecidable));
            entry.put("reason", difference.reason());
        }
        try {
            AtomicFiles.replace(file, MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new CodegenException("Cannot write the compatibility report " + file + ": " + e.getMessage(), e);
        }
    }
}

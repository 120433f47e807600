// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenLog;
import org.realtimepresence.codegen.schema.SchemaFile;
import org.realtimepresence.codegen.schema.SchemaReader;
import org.realtimepresence.codegen.schema.SchemaSources;

/**
 * One check: read the new schemas and the baseline, compare each pair by relative path, log one
 * line per difference and a summary, write the JSON report, and fail when the mode is broken.
 */
public final class CompatibilityCheck {

    private final SchemaReader reader = new SchemaReader();

    /**
     * Runs the check.
     *
     * @return the report, also written to the request's report file
     * @throws CodegenException when a difference breaks the mode, the baseline is missing and that is
     *     not allowed, or a schema cannot be read
     */
    public CompatibilityReport run(CompatibilityRequest request, CodegenLog log) throws CodegenException {
        Map<String, SchemaFile> current = new TreeMap<>();
        for (String relative : SchemaSources.scan(request.sourceDirectory(), request.includes(), request.excludes())) {
            current.put(
                    relative, reader.read(relative, request.sourceDirectory().resolve(relative)));
        }
        Map<String, SchemaFile> baseline;
        try {
            baseline = new BaselineSchemas(reader).load(request.baseline(), request.includes(), request.excludes());
        } catch (BaselineSchemas.MissingBaselineException e) {
            return missingBaseline(request, e.getMessage(), current.size(), log);
        }
        List<Difference> differences = new ArrayList<>();
        UnchangedReferences unchanged = new UnchangedReferences(baseline, current);
        for (SchemaFile schema : current.values()) {
            SchemaFile old = baseline.get(schema.relativePath());
            if (old == null) {
                differences.add(new Difference(
                        schema.relativePath(),
                        "",
                        Direction.COMPATIBLE,
                        false,
                        "a new schema file with no baseline; every reader of it is new."));
            } else {
                differences.addAll(SchemaComparator.compare(
                        schema.relativePath(),
                        old.root(),
                        schema.root(),
                        ref -> unchanged.unchanged(schema.relativePath(), ref)));
            }
        }
        for (String removed : baseline.keySet()) {
            if (!current.containsKey(removed)) {
                differences.add(new Difference(
                        removed,
                        "",
                        Direction.BACKWARD_INCOMPATIBLE,
                        false,
                        "the schema file is removed, so new readers have no schema for old records of it."));
            }
        }
        CompatibilityReport report = new CompatibilityReport(
                request.baseline().describe(),
                request.mode(),
                request.failOnUndecidable(),
                current.size(),
                differences);
        return finish(report, request, log);
    }

    private CompatibilityReport missingBaseline(
            CompatibilityRequest request, String reason, int schemaCount, CodegenLog log) throws CodegenException {
        String message = "No baseline to check schema compatibility against: " + reason + ".";
        if (request.failOnMissingBaseline()) {
            throw new CodegenException(message + " Set baselineDirectory (property schema-codegen.baselineDirectory)"
                    + " or baselineArtifact (property schema-codegen.baselineArtifact) to the last released schemas,"
                    + " or set failOnMissingBaseline to false to skip the check until a first release exists.");
        }
        log.warn(message + " The check is skipped (failOnMissingBaseline is false).");
        CompatibilityReport report = new CompatibilityReport(
                "no baseline (" + reason + ")", request.mode(), request.failOnUndecidable(), schemaCount, List.of());
        report.write(request.reportFile());
        return report;
    }

    private static CompatibilityReport finish(CompatibilityReport report, CompatibilityRequest request, CodegenLog log)
            throws CodegenException {
        for (Difference difference : report.differences()) {
            if (difference.breaks(request.mode(), request.failOnUndecidable())) {
                log.error(difference.line());
            } else if (difference.direction() == Direction.COMPATIBLE) {
                log.info(difference.line());
            } else {
                log.warn(difference.line());
            }
        }
        report.write(request.reportFile());
        String summary = report.summaryLine();
        if (!report.breaking().isEmpty()) {
            throw new CodegenException(summary + " See the lines above and " + request.reportFile()
                    + ". Make the change compatible in the enforced direction, or release it as a new major"
                    + " version and move the baseline to that release, or choose a weaker compatibility mode.");
        }
        log.info(summary + " Report: " + request.reportFile());
        return report;
    }
}

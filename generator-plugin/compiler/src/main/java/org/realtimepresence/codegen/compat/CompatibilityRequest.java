// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one compatibility check depends on.
 *
 * @param sourceDirectory where the new schemas are
 * @param includes Ant-style patterns of schema files, relative to {@code sourceDirectory} and to the baseline
 * @param excludes Ant-style patterns left out, on both sides
 * @param baseline where the schemas to compare with come from
 * @param mode the directions that must hold
 * @param failOnMissingBaseline whether a missing baseline fails the check or only warns
 * @param failOnUndecidable whether a keyword the checker cannot reason about counts as breaking
 * @param reportFile where the JSON report goes
 */
public record CompatibilityRequest(
        Path sourceDirectory,
        List<String> includes,
        List<String> excludes,
        Baseline baseline,
        CompatibilityMode mode,
        boolean failOnMissingBaseline,
        boolean failOnUndecidable,
        Path reportFile) {

    public CompatibilityRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reportFile, "reportFile");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.Objects;

/**
 * One difference between a schema and its baseline, in one direction.
 *
 * @param file the schema's relative path
 * @param pointer the JSON Pointer of the keyword in the new schema (in the baseline when it was removed)
 * @param direction which readers break, or {@link Direction#COMPATIBLE}
 * @param undecidable true when the checker cannot reason about the keyword, so it cannot prove compatibility
 * @param reason one sentence on who breaks and why
 */
public record Difference(String file, String pointer, Direction direction, boolean undecidable, String reason) {

    public Difference {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether this difference fails a build run in {@code mode}. */
    public boolean breaks(CompatibilityMode mode, boolean failOnUndecidable) {
        return mode.enforces(direction) && (!undecidable || failOnUndecidable);
    }

    /** The report line: direction, where, and why. */
    public String line() {
        return direction.label() + " " + file + "#" + pointer + ": " + (undecidable ? "cannot prove compatible: " : "")
                + reason;
    }
}

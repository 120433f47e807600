// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.Arrays;
import java.util.Locale;
import org.realtimepresence.codegen.CodegenException;

/** Which directions of compatibility the build enforces. */
public enum CompatibilityMode {
    /** Every instance valid under the baseline is valid under the new schema: new readers read old data. */
    BACKWARD,
    /** Every instance valid under the new schema is valid under the baseline: old readers read new data. */
    FORWARD,
    /** Both directions. */
    FULL,
    /** Report only; nothing fails the build. */
    NONE;

    /**
     * Parses a configured value; case is ignored, anything else is refused.
     *
     * @throws CodegenException naming the rejected value and the accepted ones
     */
    public static CompatibilityMode parse(String value) throws CodegenException {
        String trimmed = value == null ? "" : value.trim();
        for (CompatibilityMode mode : values()) {
            if (mode.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new CodegenException("compatibility \"" + value + "\" is not a compatibility mode; use one of "
                + Arrays.toString(values()) + " (property schema-codegen.compatibility).");
    }

    /** Whether a difference in {@code direction} breaks this mode. */
    public boolean enforces(Direction direction) {
        return switch (direction) {
            case BACKWARD_INCOMPATIBLE -> this == BACKWARD || this == FULL;
            case FORWARD_INCOMPATIBLE -> this == FORWARD || this == FULL;
            case COMPATIBLE -> false;
        };
    }
}

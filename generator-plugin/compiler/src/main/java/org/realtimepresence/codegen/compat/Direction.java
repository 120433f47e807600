// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

/** Which readers a difference breaks, as printed in the report. */
public enum Direction {
    /** New readers may reject data written with the baseline. */
    BACKWARD_INCOMPATIBLE("BACKWARD-INCOMPATIBLE"),
    /** Old readers may reject data written with the new schema. */
    FORWARD_INCOMPATIBLE("FORWARD-INCOMPATIBLE"),
    /** The schemas differ, but no instance changes validity. */
    COMPATIBLE("COMPATIBLE");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The label used in the log and the JSON report. */
    public String label() {
        return label;
    }
}

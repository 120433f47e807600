// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;

/**
 * One of {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, compared as
 * networknt compares it: exactly, as decimals, and for an integer bound of an {@code integer} schema as
 * integers (the rule then leaves decimals to the full evaluation, see {@link ValueRule#integerSensitive}).
 *
 * @param keyword   the keyword reported
 * @param threshold the bound
 * @param lower     whether values below it fail (a minimum), else values above it
 * @param exclusive whether the bound itself fails too
 * @param message   networknt's message for a value past the bound
 */
record NumberBound(String keyword, BigDecimal threshold, boolean lower, boolean exclusive, String message) {

    /** Whether {@code value} is past the bound. */
    boolean crossedBy(BigDecimal value) {
        int compare = value.compareTo(threshold);
        return lower ? compare < 0 || (exclusive && compare == 0) : compare > 0 || (exclusive && compare == 0);
    }
}

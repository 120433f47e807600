// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.charts;

/**
 * One bar of a chart: a label, a value and the half-width of its error bar (zero when the run gives none).
 *
 * @param label what was measured, shown left of the bar
 * @param value the measured value
 * @param error the half-width of the 99.9 % confidence interval, or zero
 */
record Bar(String label, double value, double error) {

    Bar {
        if (!(value >= 0) || !(error >= 0)) {
            throw new IllegalArgumentException(
                    "bar \"" + label + "\": value " + value + " and error " + error + " must be non-negative numbers");
        }
    }
}

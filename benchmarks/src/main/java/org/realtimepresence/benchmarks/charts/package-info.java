// SPDX-License-Identifier: Apache-2.0
/**
 * Turns the raw results in {@code benchmarks/results/} into the SVG bar charts of the site's benchmark
 * page, so the figures shown are exactly the numbers recorded.
 */
package org.realtimepresence.benchmarks.charts;

// SPDX-License-Identifier: Apache-2.0
/** Tests of the benchmark charts drawn from the recorded results. */
package org.realtimepresence.benchmarks.charts;

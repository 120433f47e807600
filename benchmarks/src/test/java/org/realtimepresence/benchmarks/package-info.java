// SPDX-License-Identifier: Apache-2.0
/** Tests that the benchmark corpus is what the benchmarks claim it is. */
package org.realtimepresence.benchmarks;

// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of reading, validating and writing presence records, against plain Jackson and a naive
 * networknt pipeline, over one seeded corpus, and {@link org.realtimepresence.benchmarks.InterleavedWrite}, which
 * times write against Jackson in alternating slices. Run them from {@code benchmarks/target/benchmarks.jar}.
 */
package org.realtimepresence.benchmarks;

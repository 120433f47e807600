// SPDX-License-Identifier: Apache-2.0
/**
 * Measures the generator on a corpus of third-party schemas: per schema, whether it generates and
 * compiles against jackson-annotations alone, and what the coverage line says about every keyword.
 * Run on request only (see CORPUS.md); {@code mvn verify} never reads the corpus.
 */
package org.realtimepresence.benchmarks.corpus;

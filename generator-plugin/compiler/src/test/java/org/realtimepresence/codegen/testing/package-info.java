// SPDX-License-Identifier: Apache-2.0
/**
 * Test support: an in-process compiler for generated sources, a log that records what it is told,
 * and copies of the test schemas in temporary directories.
 */
package org.realtimepresence.codegen.testing;

// SPDX-License-Identifier: Apache-2.0
/** Tests of the synthetic schema generator behind the generator timing. */
package org.realtimepresence.benchmarks.codegen;

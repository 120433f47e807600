/** Tests of the synthetic schema generator behind the generator timing. */
package org.realtimepresence.benchmarks.codegen;

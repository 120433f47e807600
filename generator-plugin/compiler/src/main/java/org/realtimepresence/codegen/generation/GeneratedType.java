// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

/**
 * A top-level Java type written by a run.
 *
 * @param className the fully qualified name
 * @param schema the relative path of the schema it came from
 */
public record GeneratedType(String className, String schema) {}

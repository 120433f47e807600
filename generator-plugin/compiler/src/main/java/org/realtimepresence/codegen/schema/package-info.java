// SPDX-License-Identifier: Apache-2.0
/**
 * Reading schema files and checking them before any code is generated: JSON syntax with line and
 * column, {@code $ref} targets, and which keywords the types express.
 */
package org.realtimepresence.codegen.schema;

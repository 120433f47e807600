// SPDX-License-Identifier: Apache-2.0
/**
 * A plain in-process timing harness for the schema-codegen generator: a seeded generator of synthetic schemas,
 * and timed full, no-op and one-schema-changed runs of the plugin's {@code SchemaCodegen}, against plain
 * jsonschema2pojo-core with the same options.
 */
package org.realtimepresence.benchmarks.codegen;

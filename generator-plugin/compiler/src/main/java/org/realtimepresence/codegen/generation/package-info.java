// SPDX-License-Identifier: Apache-2.0
/**
 * Turning checked schemas into Java source through jsonschema2pojo-core, with our own rules where
 * its defaults lose data or accept what the schema forbids.
 */
package org.realtimepresence.codegen.generation;

// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code RECORD} type style: Java records written from the types jsonschema2pojo and our rules
 * resolved, so that both styles share one schema walk, one set of type decisions (numbers, unions,
 * dates, enums) and one set of names, and differ only in the shape of the emitted class.
 */
package org.realtimepresence.codegen.generation.records;

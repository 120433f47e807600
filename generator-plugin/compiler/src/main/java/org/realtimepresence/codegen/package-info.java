// SPDX-License-Identifier: Apache-2.0
/**
 * The schema-to-Java generator as plain classes: {@link org.realtimepresence.codegen.SchemaCodegen}
 * runs one {@link org.realtimepresence.codegen.CodegenRequest}; the Mojo only translates Maven
 * parameters into that request.
 */
package org.realtimepresence.codegen;

// SPDX-License-Identifier: Apache-2.0
/**
 * The codec's fast path: a profile of what the loaded schema requires, derived from the schema itself under the
 * draft it declares, and a streaming check of a document against that profile in the same pass that binds or
 * writes it ({@code ValidatedWriter} writes a record straight from its values, checking each one). For the
 * keywords it profiles it proves a document valid or reports networknt's own violations (pointer, keyword,
 * English message); a subschema outside the profile is opaque, and a document with a value that reaches one, or
 * anything else the profile cannot decide, goes to the full networknt evaluation. Applicators ({@code anyOf},
 * {@code oneOf}, {@code if}, ...) are decided on a buffered copy of the value they apply to; one that fails sends
 * the document to the full evaluation too, so that networknt words those violations itself. Writing declines
 * every value that reaches an applicator.
 */
package org.realtimepresence.runtime.internal.fastpath;

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
 *
 * <p>In front of that check, for bytes, stands {@link org.realtimepresence.runtime.internal.fastpath.ByteScanner}:
 * it walks the UTF-8 bytes against the same rules with no parser at all, because the strict mapper's parser is
 * slow on bytes (it has no shared symbol table, see {@code StrictMapper}, so it decodes through a reader and makes
 * a String of every name and value). It only ever proves a document valid; whatever it does not prove takes the
 * parser-based check, which also reports violations. {@code ByteRules#handles} says which rules it may decide.
 * For a generated record type, {@code ByteBinding} then builds the value from the same bytes through the record's
 * canonical constructor, exactly as Jackson would bind it, or declines and lets Jackson bind.
 */
package org.realtimepresence.runtime.internal.fastpath;

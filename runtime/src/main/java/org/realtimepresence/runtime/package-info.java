// SPDX-License-Identifier: Apache-2.0
/**
 * The runtime every generated {@code XJson} codec stands on: a strict, schema-generic JSON codec that parses
 * untrusted bytes under size and depth limits, validates them against the JSON Schema packaged beside a
 * generated type (draft 2020-12, via networknt) and binds them to that type only when they are valid.
 *
 * <p>The API is five types: {@link org.realtimepresence.runtime.SchemaCodec} (one per generated type),
 * {@link org.realtimepresence.runtime.CodecLimits}, {@link org.realtimepresence.runtime.Decoded} (a value or
 * its violations, with its line), {@link org.realtimepresence.runtime.Violation} and
 * {@link org.realtimepresence.runtime.InvalidDocumentException}. Everything under {@code internal} is not
 * exported and may change in any release.
 */
package org.realtimepresence.runtime;

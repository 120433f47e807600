// SPDX-License-Identifier: Apache-2.0
/**
 * Cutting a stream into one piece per record, in memory bounded by the document limit, with the line each piece
 * starts on: JSON Lines, one JSON value, several values one after another, or a JSON array streamed element by
 * element. A piece that is malformed or too large is handed on as such, and cutting goes on with the next one.
 * Not exported.
 */
package org.realtimepresence.runtime.internal.framing;

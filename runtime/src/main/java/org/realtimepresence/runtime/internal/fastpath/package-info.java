/**
 * The codec's fast path: a profile of what the loaded schema requires, derived from the schema itself, and a
 * streaming check of a document against that profile in the same pass that binds it. The fast path only ever
 * accepts; every document it does not prove valid goes to the full networknt evaluation, which alone decides
 * verdicts and violations.
 */
package org.realtimepresence.runtime.internal.fastpath;

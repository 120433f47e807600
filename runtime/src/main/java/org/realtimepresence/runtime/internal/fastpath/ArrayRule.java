// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

/**
 * What {@code items}, {@code minItems}, {@code maxItems} and {@code uniqueItems} demand of an array.
 *
 * @param items    the rule every item meets ({@link ValueRule#ANY} without {@code items})
 * @param minItems the least number of items, or -1
 * @param maxItems the most items, or -1
 * @param unique   {@code uniqueItems: true}; the fast path compares scalar items only
 */
record ArrayRule(ValueRule items, int minItems, int maxItems, boolean unique) {}

// SPDX-License-Identifier: Apache-2.0
/**
 * The one Jackson configuration the codec parses, binds and writes with: strict (no coercion, duplicate keys and
 * trailing content refused), lossless for numbers, and bounded by the codec's limits. Not exported.
 */
package org.realtimepresence.runtime.internal.json;

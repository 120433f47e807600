// SPDX-License-Identifier: Apache-2.0
/**
 * RFC 3339 {@code date-time} reading, shared by the codec's binding and by tools that must accept exactly the
 * forms records may carry. Not exported: it is no part of the runtime's API and may change in any release.
 */
package org.realtimepresence.runtime.internal.time;

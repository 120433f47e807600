// SPDX-License-Identifier: Apache-2.0
/** Tests of the schema profile and the fast path on schemas and types unrelated to presence. */
package org.realtimepresence.runtime.internal.fastpath;

// SPDX-License-Identifier: Apache-2.0
/** Deciding by content whether a run can be skipped, and remembering the last successful run. */
package org.realtimepresence.codegen.incremental;

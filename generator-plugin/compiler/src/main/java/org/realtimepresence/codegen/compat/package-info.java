// SPDX-License-Identifier: Apache-2.0
/**
 * Schema evolution checks: compares each schema with its baseline keyword by keyword and says, per
 * difference, whether new readers can still read old data (backward) and old readers new data
 * (forward). A claim of compatibility is only made when it is provable; anything else is reported
 * as breaking or as "cannot prove compatible".
 */
package org.realtimepresence.codegen.compat;

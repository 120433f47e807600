// SPDX-License-Identifier: Apache-2.0
/** Writing outputs so that a failed run never leaves a half-written mix behind. */
package org.realtimepresence.codegen.output;

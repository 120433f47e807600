// SPDX-License-Identifier: Apache-2.0
/** Tests of the goal as Maven sees it, through its generated plugin descriptor. */
package org.realtimepresence.codegen.mojo;

// SPDX-License-Identifier: Apache-2.0
/**
 * The README's regenerate-on-schema-change workflow, run as real Maven builds on a copy of the
 * repository, so that it stays true.
 */
package org.realtimepresence.codegen.workflow;

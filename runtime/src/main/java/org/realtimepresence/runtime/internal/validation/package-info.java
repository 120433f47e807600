// SPDX-License-Identifier: Apache-2.0
/**
 * The one networknt configuration behind every codec (draft 2020-12, asserted {@code format}, English messages,
 * classpath-only schema loading through the generated type's class loader) and the mapping of networknt's errors
 * onto {@link org.realtimepresence.runtime.Violation}s. Not exported: no part of the runtime's API.
 */
package org.realtimepresence.runtime.internal.validation;

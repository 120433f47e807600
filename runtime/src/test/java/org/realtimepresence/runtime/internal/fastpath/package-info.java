/** Tests of the schema profile and the fast path on schemas and types unrelated to presence. */
package org.realtimepresence.runtime.internal.fastpath;

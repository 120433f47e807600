// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

/** A keyword holds a value its definition does not allow; the comparison cannot reason about it. */
final class MalformedKeyword extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedKeyword(String message) {
        super(message);
    }
}

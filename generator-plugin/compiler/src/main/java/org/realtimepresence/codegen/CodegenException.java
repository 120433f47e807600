// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

/**
 * A failure the user can act on: the message says what is wrong, where (file, line and column, or a
 * JSON Pointer) and, where it helps, what to do. The Mojo logs it and fails the build with it.
 */
public final class CodegenException extends Exception {

    private static final long serialVersionUID = 1L;

    public CodegenException(String message) {
        super(message);
    }

    public CodegenException(String message, Throwable cause) {
        super(message, cause);
    }
}

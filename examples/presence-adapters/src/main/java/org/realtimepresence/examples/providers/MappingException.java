// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

/** A provider document that cannot be turned into presence records, with the provider, where and why. */
public final class MappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final String pointer;
    private final String reason;

    public MappingException(String provider, String pointer, String reason) {
        super(provider + ": " + (pointer.isEmpty() ? "(document root)" : pointer) + ": " + reason);
        this.provider = provider;
        this.pointer = pointer;
        this.reason = reason;
    }

    public String provider() {
        return provider;
    }

    /** RFC 6901 JSON Pointer into the provider document; {@code ""} is the whole document. */
    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}

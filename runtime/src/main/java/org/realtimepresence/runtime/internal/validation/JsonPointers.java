// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.validation;

import tools.jackson.core.JacksonException;

/** Builds RFC 6901 JSON Pointers from the locations Jackson and networknt report. */
public final class JsonPointers {

    private JsonPointers() {}

    public static String child(String parent, String property) {
        return parent + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    /** Where a data-binding exception happened, from the property path Jackson recorded. */
    public static String of(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            String name = reference.getPropertyName();
            pointer.append(name != null ? child("", name) : "/" + reference.getIndex());
        }
        return pointer.toString();
    }
}

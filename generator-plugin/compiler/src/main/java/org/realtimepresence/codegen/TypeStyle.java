// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

/** The shape of the Java type generated for each object schema. */
public enum TypeStyle {

    /**
     * An immutable Java record: components in schema order, a compact constructor that rejects a
     * missing required property by its JSON name, collections copied unmodifiable, and a
     * {@code builder()} whose {@code build()} names every missing required property at once.
     */
    RECORD,

    /** jsonschema2pojo's mutable bean: getters, setters and fluent {@code withX} methods. */
    BEAN
}

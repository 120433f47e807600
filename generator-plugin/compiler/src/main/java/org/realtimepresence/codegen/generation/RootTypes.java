// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMod;

/**
 * Gives each schema's root type the constant that names its packaged schema, like Avro's
 * {@code SCHEMA$}: the runtime validator reads exactly that resource, so types and schema cannot
 * drift.
 */
final class RootTypes {

    /** The name of the constant on every root type. */
    static final String SCHEMA_RESOURCE_FIELD = "SCHEMA_RESOURCE";

    private String pendingResource;
    private String pendingClassName;

    /**
     * The top-level class named {@code className}, when it is created, belongs to the schema packaged
     * at {@code resource}. Matching by name matters: a root array or union creates its item and branch
     * classes before the root type.
     */
    void expect(String resource, String className) {
        pendingResource = resource;
        pendingClassName = className;
    }

    /** Called for every class as it is created; the expected top-level one is the root. */
    void claim(JDefinedClass clazz) {
        if (pendingResource != null && clazz.outer() == null && clazz.fullName().equals(pendingClassName)) {
            addConstant(clazz, pendingResource);
            pendingResource = null;
        }
    }

    /**
     * Makes sure a root type has its constant, also when it was created earlier as the target of
     * another schema's {@code $ref}.
     */
    void ensure(JDefinedClass clazz, String resource) {
        pendingResource = null;
        if (!clazz.fields().containsKey(SCHEMA_RESOURCE_FIELD)) {
            addConstant(clazz, resource);
        }
    }

    private static void addConstant(JDefinedClass clazz, String resource) {
        JFieldVar field = clazz.field(
                JMod.PUBLIC | JMod.STATIC | JMod.FINAL, String.class, SCHEMA_RESOURCE_FIELD, JExpr.lit(resource));
        field.javadoc().add("The classpath resource of the JSON Schema this type was generated from.");
    }
}

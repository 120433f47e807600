// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the record emitter needs to know about the schema that the bean classes no longer say: the
 * JSON name of each field, and which classes were generated from an object schema written inline in
 * a property, so that they can become records nested in the class of that property
 * ({@code Order.Address}). The property rule reports every property here as it is generated.
 */
public final class RecordHints {

    private final IdentityHashMap<JDefinedClass, Map<String, String>> jsonNames = new IdentityHashMap<>();
    private final IdentityHashMap<JDefinedClass, JDefinedClass> parents = new IdentityHashMap<>();

    /**
     * The property {@code jsonName} of {@code owner} became the field {@code fieldName} of {@code type},
     * from the schema {@code written} beside the property name.
     */
    public void property(JDefinedClass owner, String jsonName, String fieldName, JType type, JsonNode written) {
        jsonNames.computeIfAbsent(owner, o -> new HashMap<>()).put(fieldName, jsonName);
        JsonNode schema = written;
        JType valueType = type;
        if (type instanceof JClass container
                && container.getTypeParameters().size() == 1
                && written.path("items").isObject()) {
            schema = written.get("items");
            valueType = container.getTypeParameters().get(0);
        }
        if (valueType instanceof JDefinedClass inline
                && isInline(schema)
                && inline.getClassType() == ClassType.CLASS
                && inline.outer() == null
                && !inline._implements().hasNext()
                && !parents.containsKey(inline)
                && !encloses(inline, owner)) {
            parents.put(inline, owner);
        }
    }

    /** The JSON name of {@code fieldName} in {@code owner}; the field name itself when none was reported. */
    String jsonName(JDefinedClass owner, String fieldName) {
        return jsonNames.getOrDefault(owner, Map.of()).getOrDefault(fieldName, fieldName);
    }

    /** The class whose property's inline schema generated {@code clazz}, or {@code null}. */
    JDefinedClass parentOf(JDefinedClass clazz) {
        return parents.get(clazz);
    }

    private static boolean isInline(JsonNode schema) {
        return !schema.has("$ref") && !schema.has("javaType") && !schema.has("existingJavaType");
    }

    /** Whether {@code outer} is {@code clazz} or one of the classes {@code clazz} is (to be) nested in. */
    private boolean encloses(JDefinedClass outer, JDefinedClass clazz) {
        for (JDefinedClass c = clazz; c != null; c = parents.get(c)) {
            if (c == outer) {
                return true;
            }
        }
        return false;
    }
}

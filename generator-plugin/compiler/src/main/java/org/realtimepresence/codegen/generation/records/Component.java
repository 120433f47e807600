// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpression;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One component of a record, read from the bean field jsonschema2pojo generated for the property.
 *
 * @param name the Java name
 * @param jsonName the property's name in JSON
 * @param type the Java type
 * @param required whether the schema requires the property
 * @param doc the property's title and description, as Javadoc text
 * @param annotations the field's Jackson annotations, as printed by codemodel (types fully qualified);
 *     {@code @JsonPropertyDescription} is left out, the Javadoc says it
 * @param initial the schema's {@code default}, or {@code null}
 */
record Component(
        String name,
        String jsonName,
        JType type,
        boolean required,
        String doc,
        List<String> annotations,
        JExpression initial) {

    /** The name jsonschema2pojo gives the map of undeclared properties of an open object. */
    static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    /**
     * Names a record component cannot have: the accessor would clash with a method of {@code Object}
     * (which records forbid) or with the record's own {@code builder()}, {@code toBuilder()} or
     * {@code rejectUnknownProperty}.
     */
    private static final Set<String> TAKEN = Set.of(
            "clone",
            "finalize",
            "getClass",
            "hashCode",
            "notify",
            "notifyAll",
            "toString",
            "wait",
            "builder",
            "toBuilder",
            "rejectUnknownProperty");

    /** The components of {@code clazz} in schema order; the additional-properties map is not one of them. */
    static List<Component> of(JDefinedClass clazz, RecordHints hints) {
        List<Component> components = new ArrayList<>();
        Set<String> names = new HashSet<>(clazz.fields().keySet());
        for (JFieldVar field : clazz.fields().values()) {
            if ((field.mods().getValue() & JMod.STATIC) != 0 || isAdditionalProperties(field)) {
                continue;
            }
            boolean required = false;
            List<String> annotations = new ArrayList<>();
            for (JAnnotationUse annotation : field.annotations()) {
                String type = annotation.getAnnotationClass().fullName();
                if (type.equals(JsonPropertyDescription.class.getName())) {
                    continue;
                }
                String printed = Codemodel.print(annotation);
                required |= type.equals(JsonProperty.class.getName()) && printed.contains("required = true");
                annotations.add(printed);
            }
            String name = field.name();
            if (TAKEN.contains(name)) {
                name = field.name() + "Value";
                for (int n = 2; names.contains(name); n++) {
                    name = field.name() + "Value" + n;
                }
                names.add(name);
            }
            components.add(new Component(
                    name,
                    hints.jsonName(clazz, field.name()),
                    field.type(),
                    required,
                    Codemodel.text(field.javadoc()),
                    annotations,
                    Codemodel.initializer(field)));
        }
        return components;
    }

    /** The map jsonschema2pojo keeps the undeclared properties of an open object in. */
    static JFieldVar additionalProperties(JDefinedClass clazz) {
        JFieldVar field = clazz.fields().get(ADDITIONAL_PROPERTIES);
        return field != null && isAdditionalProperties(field) ? field : null;
    }

    private static boolean isAdditionalProperties(JFieldVar field) {
        return field.name().equals(ADDITIONAL_PROPERTIES)
                && field.annotations().stream()
                        .anyMatch(a -> a.getAnnotationClass().fullName().equals(JsonIgnore.class.getName()));
    }

    /** The collection interface the component copies, or {@code null}. */
    String collection() {
        String raw = type.erasure().fullName();
        return raw.equals("java.util.List") || raw.equals("java.util.Map") || raw.equals("java.util.Set") ? raw : null;
    }
}

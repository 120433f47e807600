// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import com.sun.codemodel.JVar;
import java.util.Objects;

/**
 * The root type of a schema whose document is not an object: an array, a scalar, or a union that
 * stays plain JSON. It holds the value and reads and writes as exactly that value
 * ({@code @JsonCreator(mode = DELEGATING)} and {@code @JsonValue}), so every schema has a root type
 * of its own name that the typed codec and the {@code SCHEMA_RESOURCE} constant can hang on.
 */
final class RootWrapper {

    private RootWrapper() {}

    static JDefinedClass create(JPackage jpackage, String simpleName, JType valueType, String schemaPath)
            throws JClassAlreadyExistsException {
        JDefinedClass wrapper = jpackage._class(JMod.PUBLIC | JMod.FINAL, simpleName);
        wrapper.javadoc()
                .add("The whole document of " + schemaPath + ", which is not a JSON object: it reads and"
                        + " writes as its {@link #value()}.");
        JFieldVar value = wrapper.field(JMod.PRIVATE | JMod.FINAL, valueType, "value");

        JMethod constructor = wrapper.constructor(JMod.PUBLIC);
        constructor.annotate(JsonCreator.class).param("mode", JsonCreator.Mode.DELEGATING);
        JVar parameter = constructor.param(valueType, "value");
        constructor.body().assign(JExpr._this().ref(value), parameter);

        JMethod getter = wrapper.method(JMod.PUBLIC, valueType, "value");
        getter.javadoc().add("The document itself.");
        getter.annotate(JsonValue.class);
        getter.body()._return(value);

        JMethod equals = wrapper.method(JMod.PUBLIC, boolean.class, "equals");
        equals.annotate(Override.class);
        JVar other = equals.param(Object.class, "other");
        equals.body()
                ._return(JExpr._this()
                        .eq(other)
                        .cor(other._instanceof(wrapper)
                                .cand(wrapper.owner()
                                        .ref(Objects.class)
                                        .staticInvoke("equals")
                                        .arg(value)
                                        .arg(JExpr.ref(JExpr.cast(wrapper, other), value)))));

        JMethod hashCode = wrapper.method(JMod.PUBLIC, int.class, "hashCode");
        hashCode.annotate(Override.class);
        hashCode.body()
                ._return(wrapper.owner()
                        .ref(Objects.class)
                        .staticInvoke("hashCode")
                        .arg(value));

        JMethod toString = wrapper.method(JMod.PUBLIC, String.class, "toString");
        toString.annotate(Override.class);
        toString.body()._return(JExpr.lit(simpleName + "[").plus(value).plus(JExpr.lit("]")));
        return wrapper;
    }
}

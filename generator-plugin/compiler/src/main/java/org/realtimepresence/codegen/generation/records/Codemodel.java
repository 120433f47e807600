// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JDeclaration;
import com.sun.codemodel.JDocComment;
import com.sun.codemodel.JExpression;
import com.sun.codemodel.JFormatter;
import com.sun.codemodel.JGenerable;
import com.sun.codemodel.JVar;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.function.Consumer;

/**
 * Reads back from codemodel what it keeps to itself: how an annotation, expression or declaration
 * prints (with every type fully qualified, for {@link TypeNames#simplify} to shorten), the text of a
 * Javadoc comment, and the initial value of a field.
 */
final class Codemodel {

    private static final Field INITIALIZER = initializerField();

    private Codemodel() {}

    /** The annotation on one line, types fully qualified. */
    static String print(JAnnotationUse annotation) {
        return oneLine(print((JGenerable) annotation));
    }

    static String print(JGenerable generable) {
        return printWith(formatter -> formatter.g(generable));
    }

    static String printDeclaration(JDeclaration declaration) {
        return printWith(formatter -> formatter.d(declaration));
    }

    private static String printWith(Consumer<JFormatter> printing) {
        StringWriter out = new StringWriter();
        JFormatter formatter = new JFormatter(out);
        printing.accept(formatter);
        formatter.close();
        return out.toString();
    }

    /** The field's initial value, or {@code null}: codemodel has no getter for it. */
    static JExpression initializer(JVar field) {
        try {
            return (JExpression) INITIALIZER.get(field);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the initial value of field " + field.name(), e);
        }
    }

    /** The text of a Javadoc comment, without the {@code (Required)} jsonschema2pojo adds. */
    static String text(JDocComment comment) {
        StringBuilder text = new StringBuilder();
        comment.forEach(part -> text.append(part));
        return text.toString().replace("(Required)", "").strip();
    }

    /**
     * An annotation codemodel spreads over lines ({@code @JsonPropertyOrder({\n "a",\n "b"\n})}) as a
     * person would write it on one.
     */
    private static String oneLine(String annotation) {
        return annotation
                .replaceAll("\\s*\\n\\s*", " ")
                .replace("{ ", "{")
                .replace(" }", "}")
                .replaceAll("= \\{([\\w.]+)}", "= $1")
                .strip();
    }

    private static Field initializerField() {
        try {
            Field init = JVar.class.getDeclaredField("init");
            init.setAccessible(true);
            return init;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This codemodel has no JVar.init field to read initial values from", e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Java source of one record, with its builder and the types nested in it.
 *
 * <p>Collections are copied into unmodifiable {@code ArrayList}/{@code LinkedHashMap} copies rather
 * than {@code List.copyOf}/{@code Map.copyOf}: those refuse {@code null} items, which JSON allows
 * ({@code {"key": null}} in a free-form map), and {@code Map.copyOf} forgets the member order that
 * writing the record back should keep.
 */
final class RecordSource {

    private final Layout layout;
    private final RecordHints hints;
    private final TypeNames names;

    private RecordSource(Layout layout, RecordHints hints, TypeNames names) {
        this.layout = layout;
        this.hints = hints;
        this.names = names;
    }

    /** The whole file of the top-level record {@code clazz}, after the {@code header} comment. */
    static String file(JDefinedClass clazz, Layout layout, RecordHints hints, String header) {
        TypeNames names = new TypeNames(layout, clazz);
        reserveBuilderNames(clazz, layout, names);
        List<String> body = new RecordSource(layout, hints, names).declaration(clazz);
        StringBuilder file = new StringBuilder(header);
        file.append("package ").append(clazz._package().name()).append(";\n\n");
        List<String> imports = names.imports();
        imports.forEach(line -> file.append(line).append('\n'));
        file.append(imports.isEmpty() ? "" : "\n");
        body.forEach(line -> file.append(line).append('\n'));
        return file.toString();
    }

    /** {@code Builder}, unless a type nested in the record already has that name. */
    private static String builderName(JDefinedClass clazz, Layout layout) {
        return layout.members(clazz).stream().anyMatch(m -> layout.name(m).equals("Builder"))
                ? layout.name(clazz) + "Builder"
                : "Builder";
    }

    /** The builders are nested types of the unit too: a same-package class of their name must be qualified. */
    private static void reserveBuilderNames(JDefinedClass clazz, Layout layout, TypeNames names) {
        names.reserve(builderName(clazz, layout));
        for (JDefinedClass nested : layout.members(clazz)) {
            if (nested.getClassType() != ClassType.ENUM) {
                reserveBuilderNames(nested, layout, names);
            }
        }
    }

    private List<String> declaration(JDefinedClass clazz) {
        String name = layout.name(clazz);
        List<Component> components = Component.of(clazz, hints);
        JFieldVar additional = Component.additionalProperties(clazz);
        boolean closed = additional == null && hasAnySetter(clazz);
        String builder = builderName(clazz, layout);

        List<String> lines = new ArrayList<>();
        lines.addAll(javadoc(classDoc(clazz, components)));
        for (JAnnotationUse annotation : clazz.annotations()) {
            lines.add(names.simplify(Codemodel.print(annotation)));
        }
        List<String> header = new ArrayList<>();
        for (Component component : components) {
            List<String> annotations = new ArrayList<>();
            component.annotations().forEach(a -> annotations.add(names.simplify(a)));
            header.add(String.join(" ", annotations) + (annotations.isEmpty() ? "" : " ") + names.of(component.type())
                    + " " + component.name());
        }
        if (additional != null) {
            header.add("@" + names.of(JsonAnySetter.class) + " @" + names.of(JsonAnyGetter.class) + " "
                    + names.of(additional.type()) + " " + Component.ADDITIONAL_PROPERTIES);
        }
        String opening = "public record " + name + "(";
        String closing = ")" + interfaces(clazz) + " {";
        if (header.isEmpty()) {
            lines.add(opening + closing);
        } else {
            lines.add(opening);
            for (int i = 0; i < header.size(); i++) {
                lines.add("        " + header.get(i) + (i == header.size() - 1 ? closing : ","));
            }
        }
        List<List<String>> members = new ArrayList<>();
        for (JFieldVar constant : clazz.fields().values()) {
            if ((constant.mods().getValue() & JMod.STATIC) != 0) {
                members.add(constant(constant));
            }
        }
        List<String> compact = compactConstructor(name, components, additional != null);
        if (!compact.isEmpty()) {
            members.add(compact);
        }
        members.add(List.of(
                "/** A builder with no property set yet. */",
                "public static " + builder + " builder() {",
                "    return new " + builder + "();",
                "}"));
        members.add(List.of(
                "/** A builder that starts from this record's values. */",
                "public " + builder + " toBuilder() {",
                "    return new " + builder + "(this);",
                "}"));
        if (closed) {
            members.add(List.of(
                    "/** Rejects any property the schema does not declare: it sets {@code additionalProperties: false}. */",
                    "@" + names.of(JsonAnySetter.class),
                    "private void rejectUnknownProperty(" + names.of(String.class) + " name, " + names.of(Object.class)
                            + " value) {",
                    "    throw new IllegalArgumentException(\"Unrecognized property \\\"\" + name + \"\\\": " + name
                            + " allows no additional properties\");",
                    "}"));
        }
        members.add(new BuilderSource(names, name, builder, components, additional).lines());
        for (JDefinedClass nested : layout.members(clazz)) {
            members.add(nested.getClassType() == ClassType.ENUM ? enumLines(nested) : declaration(nested));
        }
        for (List<String> member : members) {
            lines.add("");
            member.forEach(line -> lines.add(line.isEmpty() ? "" : "    " + line));
        }
        lines.add("}");
        return lines;
    }

    private String interfaces(JDefinedClass clazz) {
        List<String> implemented = new ArrayList<>();
        for (Iterator<JClass> it = clazz._implements(); it.hasNext(); ) {
            implemented.add(names.of(it.next()));
        }
        return implemented.isEmpty() ? "" : " implements " + String.join(", ", implemented);
    }

    private List<String> constant(JFieldVar field) {
        List<String> lines = new ArrayList<>(javadoc(Codemodel.text(field.javadoc())));
        int visibility = field.mods().getValue() & (JMod.PUBLIC | JMod.PROTECTED | JMod.PRIVATE);
        String modifier = visibility == JMod.PUBLIC ? "public " : visibility == JMod.PRIVATE ? "private " : "";
        lines.add(modifier + "static final " + names.of(field.type()) + " " + field.name() + " = "
                + names.simplify(Codemodel.print(Codemodel.initializer(field))) + ";");
        return lines;
    }

    private List<String> compactConstructor(String name, List<Component> components, boolean open) {
        List<String> body = new ArrayList<>();
        for (Component component : components) {
            if (component.initial() != null) {
                body.add("    " + component.name() + " = " + component.name() + " == null ? "
                        + names.simplify(Codemodel.print(component.initial())) + " : " + component.name() + ";");
            }
        }
        for (Component component : components) {
            if (component.required()) {
                body.add("    " + names.of(Objects.class) + ".requireNonNull(" + component.name() + ", "
                        + Literals.string("\"" + component.jsonName() + "\" is required") + ");");
            }
        }
        for (Component component : components) {
            if (component.collection() != null) {
                body.add("    " + component.name() + " = "
                        + (component.required() ? "" : component.name() + " == null ? null : ")
                        + unmodifiableCopy(component.collection(), component.name()) + ";");
            }
        }
        if (open) {
            String map = Component.ADDITIONAL_PROPERTIES;
            body.add("    " + map + " = " + map + " == null ? " + names.of(Map.class) + ".of() : "
                    + unmodifiableCopy(Map.class.getName(), map) + ";");
        }
        if (body.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        boolean anyRequired = components.stream().anyMatch(Component::required);
        List<String> duties = new ArrayList<>();
        if (components.stream().anyMatch(c -> c.initial() != null)) {
            duties.add("puts in the defaults");
        }
        if (anyRequired) {
            duties.add("rejects missing required values");
        }
        if (open || components.stream().anyMatch(c -> c.collection() != null)) {
            duties.add("copies collections unmodifiable");
        }
        String summary = String.join(", ", duties);
        lines.add("/**");
        lines.add(" * " + Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".");
        if (anyRequired) {
            lines.add(" *");
            lines.add(" * @throws NullPointerException naming the JSON property of a missing required value");
        }
        lines.add(" */");
        lines.add("public " + name + " {");
        lines.addAll(body);
        lines.add("}");
        return lines;
    }

    private String unmodifiableCopy(String collection, String variable) {
        String collections = names.of(Collections.class);
        return switch (collection) {
            case "java.util.List" ->
                collections + ".unmodifiableList(new " + names.of(ArrayList.class) + "<>(" + variable + "))";
            case "java.util.Set" ->
                collections + ".unmodifiableSet(new " + names.of(LinkedHashSet.class) + "<>(" + variable + "))";
            default -> collections + ".unmodifiableMap(new " + names.of(LinkedHashMap.class) + "<>(" + variable + "))";
        };
    }

    /** A nested enum, exactly as codemodel writes enums, with the names of this unit. */
    private List<String> enumLines(JDefinedClass enumClass) {
        String printed = names.simplify(Codemodel.printDeclaration(enumClass)).strip();
        List<String> lines = new ArrayList<>();
        for (String line : printed.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    private static boolean hasAnySetter(JDefinedClass clazz) {
        for (JMethod method : clazz.methods()) {
            if (method.annotations().stream()
                    .anyMatch(a -> a.getAnnotationClass().fullName().equals(JsonAnySetter.class.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static String classDoc(JDefinedClass clazz, List<Component> components) {
        StringBuilder doc = new StringBuilder(Codemodel.text(clazz.javadoc()));
        StringBuilder params = new StringBuilder();
        for (Component component : components) {
            String text = Javadoc.sentence(component.doc());
            if (!text.isEmpty() || component.required()) {
                params.append("\n@param ")
                        .append(component.name())
                        .append(' ')
                        .append(text.isEmpty() ? "" : text + " ")
                        .append(component.required() ? "Required." : "");
            }
        }
        if (Component.additionalProperties(clazz) != null) {
            params.append("\n@param ")
                    .append(Component.ADDITIONAL_PROPERTIES)
                    .append(" The properties the schema does not declare.");
        }
        if (params.length() > 0) {
            doc.append(doc.length() > 0 ? "\n" : "").append(params);
        }
        return doc.toString().strip();
    }

    private static List<String> javadoc(String text) {
        return Javadoc.comment(text);
    }
}

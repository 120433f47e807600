// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.sun.codemodel.JFieldVar;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder nested in a record. It holds each component as given (the record's constructor puts
 * in the schema's {@code default}s), and its {@code build()} names every missing required property
 * at once, as AutoValue's builders do, instead of failing on the first.
 */
final class BuilderSource {

    private final TypeNames names;
    private final String record;
    private final String builder;
    private final List<Component> components;
    private final JFieldVar additional;

    BuilderSource(TypeNames names, String record, String builder, List<Component> components, JFieldVar additional) {
        this.names = names;
        this.record = record;
        this.builder = builder;
        this.components = components;
        this.additional = additional;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("/** Builds a {@link " + record
                + "}; {@link #build()} names every required property still missing. */");
        lines.add("public static final class " + builder + " {");
        lines.add("");
        List<String> all = new ArrayList<>();
        for (Component component : components) {
            lines.add("    private " + names.of(component.type()) + " " + component.name() + ";");
            all.add(component.name());
        }
        if (additional != null) {
            lines.add("    private " + names.of(additional.type()) + " " + Component.ADDITIONAL_PROPERTIES + ";");
            all.add(Component.ADDITIONAL_PROPERTIES);
        }
        if (!all.isEmpty()) {
            lines.add("");
        }
        lines.add("    private " + builder + "() {");
        lines.add("    }");
        lines.add("");
        lines.add("    private " + builder + "(" + record + " from) {");
        for (String name : all) {
            lines.add("        this." + name + " = from." + name + ";");
        }
        lines.add("    }");
        for (Component component : components) {
            lines.addAll(setter(
                    component.name(),
                    names.of(component.type()),
                    "Sets {@link " + record + "#" + component.name() + "()}."));
        }
        if (additional != null) {
            lines.addAll(setter(
                    Component.ADDITIONAL_PROPERTIES,
                    names.of(additional.type()),
                    "Sets the properties the schema does not declare."));
        }
        lines.add("");
        lines.addAll(build(all));
        lines.add("}");
        return lines;
    }

    private List<String> setter(String name, String type, String doc) {
        return List.of(
                "",
                "    /** " + doc + " */",
                "    public " + builder + " " + name + "(" + type + " " + name + ") {",
                "        this." + name + " = " + name + ";",
                "        return this;",
                "    }");
    }

    private List<String> build(List<String> all) {
        List<String> lines = new ArrayList<>();
        lines.add("    /**");
        lines.add("     * The record.");
        lines.add("     *");
        lines.add("     * @throws IllegalStateException naming every required property that is still missing");
        lines.add("     */");
        lines.add("    public " + record + " build() {");
        List<Component> required =
                components.stream().filter(Component::required).toList();
        if (!required.isEmpty()) {
            lines.add("        " + names.of(List.class) + "<" + names.of(String.class) + "> missing = new "
                    + names.of(ArrayList.class) + "<>();");
            for (Component component : required) {
                lines.add("        if (this." + component.name() + " == null) {");
                lines.add("            missing.add(" + Literals.string(component.jsonName()) + ");");
                lines.add("        }");
            }
            lines.add("        if (!missing.isEmpty()) {");
            lines.add("            throw new IllegalStateException(\"Cannot build " + record
                    + ": missing required \" + " + names.of(String.class) + ".join(\", \", missing));");
            lines.add("        }");
        }
        List<String> arguments = new ArrayList<>();
        all.forEach(name -> arguments.add("this." + name));
        lines.add("        return new " + record + "(" + String.join(", ", arguments) + ");");
        lines.add("    }");
        return lines;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JAnnotationArrayMember;
import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.exception.GenerationException;
import org.jsonschema2pojo.rules.Rule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Gives {@code oneOf}/{@code anyOf} (and a {@code type} array) a Java type, at the root and
 * anywhere below it.
 *
 * <ul>
 *   <li>Branches that are all object schemas become a sealed interface that each branch class
 *       implements. Jackson picks the branch by a discriminator, a property whose {@code const} or
 *       one-value {@code enum} differs per branch ({@code @JsonTypeInfo(use = NAME, include =
 *       EXISTING_PROPERTY)}), or else by deduction, where each branch requires a property no other
 *       branch declares ({@code use = DEDUCTION}).</li>
 *   <li>Scalar branches get their narrowest common type: integers a {@code Long}, integers and
 *       numbers a number, strings a {@code String}.</li>
 *   <li>Anything else, and object branches Jackson could not tell apart, is {@code Object} (plain
 *       JSON as maps, lists and scalars), with a warning that names the file and JSON Pointer; the
 *       runtime validator still checks the value.</li>
 * </ul>
 * A {@code null} branch only makes the value nullable, which every reference type already is.
 */
final class UnionTypeRule implements Rule<JClassContainer, JType> {

    private final RuleFactory rules;
    private final GenerationWarnings warnings;
    private final SealedUnions unions;
    private final Rule<JClassContainer, JType> next;

    UnionTypeRule(
            RuleFactory rules, GenerationWarnings warnings, SealedUnions unions, Rule<JClassContainer, JType> next) {
        this.rules = rules;
        this.warnings = warnings;
        this.unions = unions;
        this.next = next;
    }

    /** One branch: as written, and with its {@code $ref}s followed. */
    private record Branch(int index, JsonNode written, JsonNode content) {}

    @Override
    public JType apply(String nodeName, JsonNode node, JsonNode parent, JClassContainer container, Schema schema) {
        if (node.path("type").isArray()) {
            return typeArray(nodeName, node, parent, container, schema);
        }
        String keyword =
                node.path("oneOf").size() > 0 ? "oneOf" : node.path("anyOf").size() > 0 ? "anyOf" : null;
        if (keyword == null
                || node.has("properties")
                || node.has("enum")
                || node.has("javaType")
                || node.has("existingJavaType")
                || (node.has("type") && !"object".equals(node.path("type").asText()))) {
            return next.apply(nodeName, node, parent, container, schema);
        }
        List<Branch> branches = new ArrayList<>();
        for (int i = 0; i < node.get(keyword).size(); i++) {
            JsonNode written = node.get(keyword).get(i);
            JsonNode content = References.follow(rules, written, schema);
            if (!"null".equals(content.path("type").asText())) {
                branches.add(new Branch(i, written, content));
            }
        }
        if (branches.stream().allMatch(b -> isObject(b.content()))) {
            if (branches.size() == 1) {
                return branchType(nodeName, node, keyword, container, schema, branches.get(0));
            }
            return objectUnion(nodeName, keyword, node, container, schema, branches);
        }
        if (node.has("type")) {
            return next.apply(nodeName, node, parent, container, schema);
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Branch branch : branches) {
            kinds.addAll(scalarKinds(branch.content()));
        }
        return scalar(nodeName, node, parent, container, schema, kinds, keyword);
    }

    private JType typeArray(String nodeName, JsonNode node, JsonNode parent, JClassContainer container, Schema schema) {
        Set<String> kinds = new LinkedHashSet<>();
        node.get("type").forEach(type -> kinds.add(type.asText()));
        kinds.remove("null");
        if (kinds.size() == 1) {
            ObjectNode single = node.deepCopy();
            single.put("type", kinds.iterator().next());
            return apply(nodeName, single, parent, container, schema);
        }
        return scalar(nodeName, node, parent, container, schema, kinds, "type");
    }

    /** The narrowest common scalar type, or {@code Object} with a warning. */
    private JType scalar(
            String nodeName,
            JsonNode node,
            JsonNode parent,
            JClassContainer container,
            Schema schema,
            Set<String> kinds,
            String keyword) {
        String common = kinds.equals(Set.of("integer"))
                ? "integer"
                : Set.of("integer", "number").containsAll(kinds) && !kinds.isEmpty()
                        ? "number"
                        : kinds.equals(Set.of("string"))
                                ? "string"
                                : kinds.equals(Set.of("boolean")) ? "boolean" : null;
        if (common == null) {
            warnings.add(
                    schema,
                    node,
                    keyword + " of " + (kinds.isEmpty() ? "unconstrained values" : String.join(", ", kinds))
                            + " has no Java type narrower than Object: the value is kept as plain JSON (Map, List, String,"
                            + " Number, Boolean, null) and only the runtime validator checks its shape.");
            return container.owner().ref(Object.class);
        }
        ObjectNode narrowed = JsonNodeFactory.instance.objectNode().put("type", common);
        return next.apply(nodeName, narrowed, parent, container, schema);
    }

    @SuppressWarnings("ReferenceEquality") // whether the schema is this very node, not an equal one elsewhere
    private JType objectUnion(
            String nodeName,
            String keyword,
            JsonNode node,
            JClassContainer container,
            Schema schema,
            List<Branch> branches) {
        List<JsonNode> contents = branches.stream().map(Branch::content).toList();
        String discriminator = Discriminators.find(contents);
        if (discriminator == null && !Discriminators.deducible(contents)) {
            warnings.add(
                    schema,
                    node,
                    keyword + " of " + branches.size() + " object schemas has neither a discriminator"
                            + " (a property whose const or one-value enum differs per branch) nor a required property unique to"
                            + " each branch, so Jackson could not tell the branches apart: the value is Object (plain JSON)"
                            + " and only the runtime validator checks its shape.");
            return container.owner().ref(Object.class);
        }
        JPackage jpackage = container.getPackage();
        JDefinedClass union;
        try {
            union = jpackage._interface(rules.getNameHelper().getUniqueClassName(nodeName, node, jpackage));
        } catch (JClassAlreadyExistsException e) {
            throw new GenerationException("The union type " + nodeName + " already exists", e);
        }
        rules.getAnnotator().typeInfo(union, node);
        if (schema.getContent() == node) {
            // A branch that refers back to this schema (a recursive union) must find the interface, not start over.
            schema.setJavaTypeIfEmpty(union);
        }
        List<JDefinedClass> classes = new ArrayList<>();
        for (Branch branch : branches) {
            String name = union.name() + branchSuffix(branch, discriminator);
            JType type = branchType(name, node, keyword, container, schema, branch);
            if (!(type instanceof JDefinedClass clazz) || clazz.getClassType() != ClassType.CLASS) {
                throw new GenerationException(
                        GenerationWarnings.where(schema, node) + ": " + keyword + " branch " + branch.index()
                                + " resolves to " + type.fullName() + ", which is not a class a union can permit");
            }
            classes.add(clazz);
        }
        annotate(union, node, keyword, classes, branches, discriminator);
        List<String> permitted = new ArrayList<>();
        boolean samePackage = true;
        for (JDefinedClass clazz : classes) {
            clazz._implements(union);
            samePackage &= clazz.getPackage() == jpackage && clazz.outer() == null;
            permitted.add(clazz.name());
        }
        if (samePackage) {
            classes.forEach(clazz -> clazz.mods().setFinal(true));
            unions.seal(union.fullName(), permitted.stream().distinct().toList());
        }
        return union;
    }

    private void annotate(
            JDefinedClass union,
            JsonNode node,
            String keyword,
            List<JDefinedClass> classes,
            List<Branch> branches,
            String discriminator) {
        if (node.has("title")) {
            union.javadoc().add(node.get("title").asText() + "\n<p>\n");
        }
        if (node.has("description")) {
            union.javadoc().add(node.get("description").asText() + "\n<p>\n");
        }
        union.javadoc()
                .add("The {@code " + keyword + "} of the schema: one of "
                        + String.join(
                                ", ",
                                classes.stream()
                                        .map(c -> "{@link " + c.name() + "}")
                                        .distinct()
                                        .toList())
                        + (discriminator == null
                                ? ", told apart by the properties each one requires."
                                : ", told apart by the value of {@code " + discriminator + "}."));
        JAnnotationUse typeInfo = union.annotate(JsonTypeInfo.class);
        JAnnotationUse subTypes = union.annotate(JsonSubTypes.class);
        JAnnotationArrayMember types = subTypes.paramArray("value");
        if (discriminator != null) {
            typeInfo.param("use", JsonTypeInfo.Id.NAME)
                    .param("include", JsonTypeInfo.As.EXISTING_PROPERTY)
                    .param("property", discriminator)
                    .param("visible", true);
        } else {
            typeInfo.param("use", JsonTypeInfo.Id.DEDUCTION);
        }
        for (int i = 0; i < classes.size(); i++) {
            JAnnotationUse type = types.annotate(JsonSubTypes.Type.class).param("value", classes.get(i));
            if (discriminator != null) {
                type.param("name", Discriminators.valueOf(branches.get(i).content(), discriminator));
            }
        }
    }

    /** The branch's discriminator value, else its title, as a name part; else its position. */
    private String branchSuffix(Branch branch, String discriminator) {
        String value = discriminator == null ? "" : Discriminators.valueOf(branch.content(), discriminator);
        for (String candidate :
                new String[] {value, branch.content().path("title").asText("")}) {
            String name = candidate.isBlank() ? "" : rules.getNameHelper().normalizeName(candidate);
            if (!name.isEmpty()) {
                return Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        }
        return "Variant" + (branch.index() + 1);
    }

    /**
     * The type of one branch, generated once: jsonschema2pojo checks only {@code $ref}s for types it
     * already made, so an inline branch that a recursive schema reaches again would loop.
     */
    private JType branchType(
            String name, JsonNode node, String keyword, JClassContainer container, Schema schema, Branch branch) {
        Schema own = branchSchema(schema, node, keyword, branch);
        if (own != schema && own.isGenerated()) {
            return own.getJavaType();
        }
        return rules.getSchemaRule().apply(name, branch.written(), node, container, own);
    }

    /**
     * A schema of its own for an inline branch, so that jsonschema2pojo finds its {@code required}
     * and properties there and messages point at it; {@code $ref} branches resolve by themselves.
     */
    @SuppressWarnings("ReferenceEquality") // whether the schema is this very node, not an equal one elsewhere
    private Schema branchSchema(Schema schema, JsonNode node, String keyword, Branch branch) {
        if (branch.written().has("$ref") || schema.getId() == null || schema.getContent() != node) {
            return schema;
        }
        String fragment =
                schema.getId().getFragment() == null ? "" : schema.getId().getFragment();
        return rules.getSchemaStore()
                .create(
                        schema,
                        "#" + fragment + "/" + keyword + "/" + branch.index(),
                        rules.getGenerationConfig().getRefFragmentPathDelimiters());
    }

    private static boolean isObject(JsonNode content) {
        return ("object".equals(content.path("type").asText()) || (!content.has("type") && content.has("properties")))
                && !content.has("enum")
                && !FreeFormObjectTypeRule.isFreeForm(content)
                && !content.has("oneOf")
                && !content.has("anyOf")
                && !content.has("javaType")
                && !content.has("existingJavaType");
    }

    private static Set<String> scalarKinds(JsonNode content) {
        Set<String> kinds = new LinkedHashSet<>();
        JsonNode type = content.get("type");
        if (type != null && type.isTextual()) {
            kinds.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> kinds.add(t.asText()));
        } else if (content.has("const")) {
            kinds.add(kindOf(content.get("const")));
        } else if (content.has("enum")) {
            content.get("enum").forEach(value -> kinds.add(kindOf(value)));
        } else {
            kinds.add("any");
        }
        kinds.remove("null");
        return kinds;
    }

    private static String kindOf(JsonNode value) {
        return value.isTextual()
                ? "string"
                : value.isIntegralNumber()
                        ? "integer"
                        : value.isNumber()
                                ? "number"
                                : value.isBoolean()
                                        ? "boolean"
                                        : value.isNull() ? "null" : value.isArray() ? "array" : "object";
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JDocCommentable;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JType;
import java.util.ArrayList;
import java.util.List;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.PropertyRule;
import org.jsonschema2pojo.rules.RuleFactory;
import org.realtimepresence.codegen.generation.records.RecordHints;

/**
 * jsonschema2pojo's property rule, with two fixes.
 *
 * <ul>
 *   <li>Every property gets a Java name of its own ({@link PropertyNames}) instead of failing with
 *       "trying to create the same field twice".</li>
 *   <li>The {@code title}, {@code description} and {@code default} written beside a {@code $ref}
 *       are kept: jsonschema2pojo takes them from the referenced schema only, while draft 2020-12
 *       applies the ones beside the reference, and they say what this property means.</li>
 * </ul>
 */
final class CodegenPropertyRule extends PropertyRule {

    private final RuleFactory rules;
    private final PropertyNames names;
    private final RecordHints hints;

    CodegenPropertyRule(RuleFactory rules, PropertyNames names, RecordHints hints) {
        super(rules);
        this.rules = rules;
        this.names = names;
        this.hints = hints;
    }

    @Override
    public JDefinedClass apply(String nodeName, JsonNode node, JsonNode parent, JDefinedClass jclass, Schema schema) {
        String preferred = rules.getNameHelper().getPropertyName(nodeName, node);
        String name = names.claim(jclass, nodeName, preferred);
        JsonNode named = node;
        if (!name.equals(preferred) && node.isObject()) {
            named = ((ObjectNode) node).deepCopy().put("javaName", name);
        }
        super.apply(nodeName, named, parent, jclass, schema);
        JFieldVar field = jclass.fields().get(name);
        if (field != null) {
            hints.property(jclass, nodeName, name, field.type(), node);
        }
        if (field != null
                && node.has("$ref")
                && (node.has("title") || node.has("description") || node.has("default"))) {
            keepAnnotationsBesideRef(nodeName, named, jclass, field, schema);
        }
        return jclass;
    }

    private void keepAnnotationsBesideRef(
            String nodeName, JsonNode node, JDefinedClass jclass, JFieldVar field, Schema schema) {
        JsonNode target = References.follow(rules, node, schema);
        ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : node.deepCopy();
        for (String annotation : List.of("title", "description", "default")) {
            if (node.has(annotation)) {
                merged.set(annotation, node.get(annotation));
            }
        }
        merged.remove("$ref");
        if (node.has("javaName")) {
            merged.set("javaName", node.get("javaName"));
        }
        if (node.has("title") || node.has("description")) {
            List<JDocCommentable> documented = new ArrayList<>(List.of(field));
            JMethod getter =
                    jclass.getMethod(rules.getNameHelper().getGetterName(nodeName, field.type(), merged), new JType[0]);
            JMethod setter =
                    jclass.getMethod(rules.getNameHelper().getSetterName(nodeName, merged), new JType[] {field.type()});
            if (getter != null) {
                documented.add(getter);
            }
            if (setter != null) {
                documented.add(setter);
            }
            for (JDocCommentable member : documented) {
                member.javadoc().clear();
                if (merged.has("title")) {
                    rules.getTitleRule().apply(nodeName, merged.get("title"), merged, member, schema);
                }
                if (merged.has("description")) {
                    rules.getDescriptionRule().apply(nodeName, merged.get("description"), merged, member, schema);
                }
            }
            for (JAnnotationUse annotation : field.annotations()) {
                if (annotation.getAnnotationClass().fullName().equals(JsonPropertyDescription.class.getName())
                        && merged.has("description")) {
                    annotation.param("value", merged.get("description").asText());
                }
            }
        }
        if (node.has("default")) {
            rules.getDefaultRule().apply(nodeName, merged.get("default"), merged, field, schema);
        }
    }
}

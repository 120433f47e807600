// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JType;
import java.util.List;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * A root that is only a {@code $ref} into its own file ({@code {"$ref": "#/definitions/Config"}})
 * generates the referenced type under the root type's name, as draft 2020-12 reads it: the document
 * is that type. jsonschema2pojo would name it after the definition, so the schema would have no
 * root type of its own name. The {@code title} and {@code description} beside the root's
 * {@code $ref} win over the target's for the Javadoc.
 *
 * <p>jsonschema2pojo applies the root with no parent node; every nested schema has one.
 */
final class RootReferenceRule extends ConstAsEnumRule {

    private static final List<String> ANNOTATIONS = List.of("title", "description");

    private final RuleFactory rules;

    RootReferenceRule(RuleFactory rules) {
        super(rules);
        this.rules = rules;
    }

    @Override
    public JType apply(
            String nodeName, JsonNode schemaNode, JsonNode parent, JClassContainer container, Schema schema) {
        JsonNode ref = schemaNode.get("$ref");
        if (parent != null || ref == null || !ref.isTextual() || !ref.asText().startsWith("#/")) {
            return super.apply(nodeName, schemaNode, parent, container, schema);
        }
        Schema target = rules.getSchemaStore()
                .create(schema, ref.asText(), rules.getGenerationConfig().getRefFragmentPathDelimiters());
        if (target.isGenerated()) {
            return target.getJavaType();
        }
        JsonNode content = target.getContent();
        if (content.isObject() && ANNOTATIONS.stream().anyMatch(schemaNode::has)) {
            ObjectNode merged = ((ObjectNode) content).deepCopy();
            for (String annotation : ANNOTATIONS) {
                if (schemaNode.has(annotation)) {
                    merged.set(annotation, schemaNode.get(annotation));
                }
            }
            content = merged;
        }
        return apply(nodeName, content, null, container, target);
    }
}

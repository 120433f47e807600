// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JType;
import java.util.Map;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.RuleFactory;
import org.jsonschema2pojo.rules.TypeRule;

/**
 * Maps a free-form object (an object schema without {@code properties} whose
 * {@code additionalProperties} is {@code true} or absent) to {@code Map<String, Object>}.
 *
 * <p>jsonschema2pojo would generate an empty class whose any-setter Jackson 3 does not always reach,
 * which can empty out such an object. A map keeps every member, nested values and numbers included.
 */
final class FreeFormObjectTypeRule extends TypeRule {

    FreeFormObjectTypeRule(RuleFactory ruleFactory) {
        super(ruleFactory);
    }

    @Override
    public JType apply(String nodeName, JsonNode node, JsonNode parent, JClassContainer container, Schema schema) {
        if (parent != null && isFreeForm(node)) {
            JCodeModel owner = container.owner();
            return owner.ref(Map.class).narrow(owner.ref(String.class), owner.ref(Object.class));
        }
        return super.apply(nodeName, node, parent, container, schema);
    }

    static boolean isFreeForm(JsonNode node) {
        JsonNode additional = node.get("additionalProperties");
        return "object".equals(node.path("type").asText())
                && node.path("properties").isEmpty()
                && !node.has("patternProperties")
                && !node.has("javaType")
                && !node.has("existingJavaType")
                && (additional == null || (additional.isBoolean() && additional.booleanValue()));
    }
}

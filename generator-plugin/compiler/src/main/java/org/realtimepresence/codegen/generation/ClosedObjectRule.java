// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JVar;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.AdditionalPropertiesRule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Makes {@code additionalProperties: false} hold when a type is read with a plain Jackson mapper.
 *
 * <p>Jackson 3 ignores unknown properties by default, even under
 * {@code @JsonIgnoreProperties(ignoreUnknown = false)}. An any-setter that throws rejects them with
 * either Jackson major version, so a closed object gets one instead of an additional-properties map.
 */
final class ClosedObjectRule extends AdditionalPropertiesRule {

    static final String METHOD_NAME = "rejectUnknownProperty";

    ClosedObjectRule(RuleFactory ruleFactory) {
        super(ruleFactory);
    }

    @Override
    public JDefinedClass apply(String nodeName, JsonNode node, JsonNode parent, JDefinedClass jclass, Schema schema) {
        if (node != null && node.isBoolean() && !node.booleanValue()) {
            addRejectingAnySetter(jclass);
            return jclass;
        }
        return super.apply(nodeName, node, parent, jclass, schema);
    }

    private static void addRejectingAnySetter(JDefinedClass jclass) {
        JMethod setter = jclass.method(JMod.PRIVATE, void.class, METHOD_NAME);
        setter.javadoc()
                .add("Rejects any property the schema does not declare: it sets {@code additionalProperties: false}.");
        setter.annotate(JsonAnySetter.class);
        JVar name = setter.param(String.class, "name");
        setter.param(Object.class, "value");
        setter.body()
                ._throw(JExpr._new(jclass.owner().ref(IllegalArgumentException.class))
                        .arg(JExpr.lit("Unrecognized property \"")
                                .plus(name)
                                .plus(JExpr.lit("\": " + jclass.name() + " allows no additional properties"))));
    }
}

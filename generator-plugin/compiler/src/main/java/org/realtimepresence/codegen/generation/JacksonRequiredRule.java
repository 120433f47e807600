// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.RequiredArrayRule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Marks required properties for Jackson as well as in the Javadoc: jsonschema2pojo only writes
 * "(Required)" into the comments, so {@code @JsonProperty(required = true)} is added here.
 */
final class JacksonRequiredRule extends RequiredArrayRule {

    private final PropertyNames names;

    JacksonRequiredRule(RuleFactory ruleFactory, PropertyNames names) {
        super(ruleFactory);
        this.names = names;
    }

    @Override
    public JDefinedClass apply(String nodeName, JsonNode node, JsonNode parent, JDefinedClass jclass, Schema schema) {
        JDefinedClass result = super.apply(nodeName, node, parent, jclass, schema);
        for (JsonNode required : node) {
            String fieldName = names.fieldOf(jclass, required.asText());
            JFieldVar field = fieldName == null ? null : jclass.fields().get(fieldName);
            if (field != null) {
                for (JAnnotationUse annotation : field.annotations()) {
                    if (annotation.getAnnotationClass().fullName().equals(JsonProperty.class.getName())) {
                        annotation.param("required", true);
                    }
                }
            }
        }
        return result;
    }
}

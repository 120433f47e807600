// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JType;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.RuleFactory;
import org.jsonschema2pojo.rules.SchemaRule;

/**
 * jsonschema2pojo's schema rule, except that a string {@code const} is expressed as a one-value enum:
 * {@code {"type": "string", "const": "card"}} becomes what {@code {"enum": ["card"]}} becomes, a Java
 * enum with the single constant {@code CARD} that reads and writes exactly {@code "card"}. Both
 * Jacksons then refuse any other value while binding, and the type says what the only value is.
 * jsonschema2pojo alone would generate a {@code String} that takes anything.
 *
 * <p>Only a string {@code const} without an {@code enum} beside it, on a schema whose {@code type} is
 * absent or {@code string}, is expressed; any other {@code const} (a number, boolean, null, object or
 * array) keeps its plain type and is left to the runtime validator, as {@code KeywordCoverage}
 * reports. The rule sits below every other schema rule so that it also applies to the targets of a
 * {@code $ref}, which jsonschema2pojo applies through this same rule.
 */
class ConstAsEnumRule extends SchemaRule {

    ConstAsEnumRule(RuleFactory rules) {
        super(rules);
    }

    @Override
    public JType apply(
            String nodeName, JsonNode schemaNode, JsonNode parent, JClassContainer container, Schema schema) {
        return super.apply(
                nodeName,
                expressible(schemaNode) ? asEnum((ObjectNode) schemaNode) : schemaNode,
                parent,
                container,
                schema);
    }

    /** Whether {@code schema} has a string {@code const} this rule expresses (mirrors {@code KeywordCoverage}). */
    static boolean expressible(JsonNode schema) {
        JsonNode type = schema.get("type");
        return schema.isObject()
                && !schema.has("$ref")
                && !schema.has("enum")
                && schema.path("const").isTextual()
                && (type == null || (type.isTextual() && type.asText().equals("string")));
    }

    private static ObjectNode asEnum(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.putArray("enum").add(schema.get("const"));
        return copy;
    }
}

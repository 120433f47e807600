// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JPackage;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.ArrayRule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Every array becomes a {@code java.util.List}, also with {@code uniqueItems: true}.
 *
 * <p>jsonschema2pojo makes such an array a {@code Set} and keeps its order with a databind
 * {@code @JsonDeserialize(as = LinkedHashSet.class)}, which ties the generated code to one Jackson
 * major version. A plain {@code Set} would lose the order instead, and would silently drop
 * duplicates that the validator exists to report. A {@code List} needs only jackson-annotations,
 * keeps every item in order under Jackson 2 and 3, and leaves uniqueness to the packaged schema.
 */
final class UniqueItemsListRule extends ArrayRule {

    UniqueItemsListRule(RuleFactory ruleFactory) {
        super(ruleFactory);
    }

    @Override
    public JClass apply(String nodeName, JsonNode node, JsonNode parent, JPackage jpackage, Schema schema) {
        if (node instanceof ObjectNode object && object.has("uniqueItems")) {
            ObjectNode withoutUniqueItems = object.deepCopy();
            withoutUniqueItems.remove("uniqueItems");
            return super.apply(nodeName, withoutUniqueItems, parent, jpackage, schema);
        }
        return super.apply(nodeName, node, parent, jpackage, schema);
    }
}

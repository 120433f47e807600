// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JType;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.Rule;

/**
 * An {@code integer} whose {@code minimum} or {@code maximum} reaches beyond {@code long} becomes
 * {@link BigInteger}, so that every value the schema allows fits; every other integer is a
 * {@code Long} (see {@link CodegenGenerationConfig#isUseLongIntegers()}).
 */
final class WideIntegerTypeRule implements Rule<JClassContainer, JType> {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Rule<JClassContainer, JType> next;

    WideIntegerTypeRule(Rule<JClassContainer, JType> next) {
        this.next = next;
    }

    @Override
    public JType apply(String nodeName, JsonNode node, JsonNode parent, JClassContainer container, Schema schema) {
        if ("integer".equals(node.path("type").asText())
                && !node.has("existingJavaType")
                && !node.has("javaType")
                && (beyond(node.get("minimum"), node.get("exclusiveMinimum"), true)
                        || beyond(node.get("maximum"), node.get("exclusiveMaximum"), false))) {
            return container.owner().ref(BigInteger.class);
        }
        return next.apply(nodeName, node, parent, container, schema);
    }

    private static boolean beyond(JsonNode bound, JsonNode exclusiveBound, boolean lower) {
        for (JsonNode value : new JsonNode[] {bound, exclusiveBound}) {
            if (value != null && value.isNumber()) {
                BigDecimal limit = value.decimalValue();
                if (lower ? limit.compareTo(LONG_MIN) < 0 : limit.compareTo(LONG_MAX) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}

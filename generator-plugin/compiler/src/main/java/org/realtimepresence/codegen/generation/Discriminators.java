// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** How Jackson can tell the object branches of a union apart, read from the branch schemas. */
final class Discriminators {

    private Discriminators() {}

    /**
     * The first property, in the first branch's order, that every branch declares with a
     * {@code const} or one-value {@code enum} string, with a different value in each. The value must be
     * written in the branch itself, not behind a {@code $ref}.
     *
     * @return the property name, or {@code null} when there is none
     */
    static String find(List<JsonNode> branches) {
        for (Iterator<String> names = branches.get(0).path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Set<String> values = new HashSet<>();
            boolean everyBranch = true;
            for (JsonNode branch : branches) {
                String value = valueOf(branch, name);
                everyBranch &= value != null && values.add(value);
            }
            if (everyBranch) {
                return name;
            }
        }
        return null;
    }

    /** The fixed string value of {@code property} in {@code branch}, or {@code null}. */
    static String valueOf(JsonNode branch, String property) {
        JsonNode schema = branch.path("properties").get(property);
        if (schema == null) {
            return null;
        }
        JsonNode constant = schema.get("const");
        if (constant == null && schema.path("enum").size() == 1) {
            constant = schema.get("enum").get(0);
        }
        return constant != null && constant.isTextual() ? constant.asText() : null;
    }

    /** Whether each branch requires a property that no other branch declares, as Jackson's deduction needs. */
    @SuppressWarnings("ReferenceEquality") // "another branch" means another node, even if it is equal
    static boolean deducible(List<JsonNode> branches) {
        for (JsonNode branch : branches) {
            boolean unique = false;
            for (JsonNode required : branch.path("required")) {
                String name = required.asText();
                if (!branch.path("properties").has(name)) {
                    continue;
                }
                boolean elsewhere = false;
                for (JsonNode other : branches) {
                    elsewhere |= other != branch && other.path("properties").has(name);
                }
                unique |= !elsewhere;
            }
            if (!unique) {
                return false;
            }
        }
        return true;
    }
}

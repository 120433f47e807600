// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.sun.codemodel.JDefinedClass;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The Java field each JSON property of a class got. Two JSON names can normalize to one Java name
 * ({@code _config} and {@code config}, or a property literally named {@code additionalProperties}
 * beside the additional-properties map); the later one in schema order then gets the first free
 * numbered name ({@code config2}), so names are distinct and the same schema always gives the same ones.
 */
final class PropertyNames {

    /** Held back in every class for the map of additional properties. */
    static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    private final IdentityHashMap<JDefinedClass, Map<String, String>> fields = new IdentityHashMap<>();

    /** A field name for {@code jsonName} in {@code clazz} that no other property of it has. */
    String claim(JDefinedClass clazz, String jsonName, String preferred) {
        Map<String, String> claimed = fields.computeIfAbsent(clazz, c -> new HashMap<>());
        String name = preferred;
        for (int n = 2;
                claimed.containsValue(name) || clazz.fields().containsKey(name) || name.equals(ADDITIONAL_PROPERTIES);
                n++) {
            name = preferred + n;
        }
        claimed.put(jsonName, name);
        return name;
    }

    /** The field of {@code jsonName} in {@code clazz}, or {@code null} if it has none. */
    String fieldOf(JDefinedClass clazz, String jsonName) {
        Map<String, String> claimed = fields.get(clazz);
        return claimed == null ? null : claimed.get(jsonName);
    }
}

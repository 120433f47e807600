// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JDefinedClass;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsonschema2pojo.rules.EnumRule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo's enum rule, except that a nested enum never takes the name of a class it is
 * nested in: a property {@code inherit} of a class {@code Inherit} would give {@code Inherit.Inherit},
 * which Java forbids. Such an enum is called {@code InheritValue} instead (numbered on, should that
 * be taken too), the same for every run.
 */
final class NestedEnumRule extends EnumRule {

    NestedEnumRule(RuleFactory rules) {
        super(rules);
    }

    @Override
    protected String getEnumName(String nodeName, JsonNode node, JClassContainer container) {
        String name = super.getEnumName(nodeName, node, container);
        List<String> enclosing = new ArrayList<>();
        for (JClassContainer outer = container; outer instanceof JDefinedClass clazz; outer = clazz.parentContainer()) {
            enclosing.add(clazz.name());
        }
        if (!enclosing.contains(name)) {
            return name;
        }
        List<String> taken = new ArrayList<>(enclosing);
        for (Iterator<JDefinedClass> nested = container.classes(); nested.hasNext(); ) {
            taken.add(nested.next().name());
        }
        String candidate = name + "Value";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + "Value" + n;
        }
        return candidate;
    }
}

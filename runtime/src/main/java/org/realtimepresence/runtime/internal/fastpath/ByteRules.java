// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.realtimepresence.runtime.internal.json.ExactJson;

/**
 * The plan {@link ByteScanner} follows: one {@link ByteRule} per {@link ValueRule} of a {@link SchemaProfile},
 * built once per fast path and only read after, so one plan serves every thread.
 */
final class ByteRules {

    private final IdentityHashMap<ValueRule, ByteRule> rules = new IdentityHashMap<>();
    private final ByteRule root;
    private final ByteRule any;
    private final int refChain;

    ByteRules(SchemaProfile profile) {
        this.any = plan(ValueRule.ANY);
        this.root = plan(profile.root());
        this.refChain = profile.refChain();
    }

    /**
     * Whether the scanner may decide a value that reaches {@code rule}: the one place that says which rules the
     * byte scanner leaves to the parser-based fast path. An opaque rule goes to the full evaluation anyway; a rule
     * with applicators ({@code anyOf}, {@code if}, ...) is decided on a buffered copy of the value by
     * {@link ProfiledParser}, which the scanner does not do.
     */
    static boolean handles(ValueRule rule) {
        return rule.opaque == null && !rule.hasApplicators();
    }

    ByteRule root() {
        return root;
    }

    /** The rule for a value no keyword constrains. */
    ByteRule any() {
        return any;
    }

    /** The plan of a rule of this profile ({@link ObjectRule#ruleFor} returns rules, not plans). */
    ByteRule of(ValueRule rule) {
        ByteRule planned = rules.get(rule);
        if (planned == null) {
            throw new IllegalStateException("a rule outside the profile");
        }
        return planned;
    }

    /** The longest chain of references one value passes through ({@link SchemaProfile#refChain()}). */
    int refChain() {
        return refChain;
    }

    private ByteRule plan(ValueRule rule) {
        ByteRule planned = rules.get(rule);
        if (planned != null) {
            return planned;
        }
        planned = new ByteRule(rule, handles(rule), enumStrings(rule), constString(rule));
        rules.put(rule, planned); // before the children: a reference may lead back here
        if (rule.object != null) {
            planned.object = objectPlan(rule.object);
        }
        if (rule.array != null) {
            planned.items = plan(rule.array.items());
        }
        return planned;
    }

    private ByteObjectRule objectPlan(ObjectRule rule) {
        List<String> names = rule.names();
        byte[][] encoded = new byte[names.size()][];
        ByteRule[] declared = new ByteRule[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ObjectRule.Slot slot = rule.slots().get(name);
            // a name with a lone surrogate has no UTF-8 form: no input name without an escape matches it
            encoded[i] = ExactJson.loneSurrogate(name) >= 0 ? null : utf8(name);
            declared[i] = slot.declared() ? plan(slot.rule()) : null;
        }
        ByteObjectRule planned = new ByteObjectRule(rule, encoded, declared);
        planned.additional = rule.additional() != null ? plan(rule.additional()) : any;
        for (ObjectRule.PatternSlot slot : rule.patterns()) {
            plan(slot.rule());
        }
        return planned;
    }

    private static byte[][] enumStrings(ValueRule rule) {
        if (rule.enumKeys == null) {
            return null;
        }
        List<byte[]> members = new ArrayList<>();
        for (Object key : rule.enumKeys) {
            if (key instanceof String text && ExactJson.loneSurrogate(text) < 0) {
                members.add(utf8(text));
            }
        }
        return members.toArray(new byte[0][]);
    }

    private static byte[] constString(ValueRule rule) {
        return rule.hasConst && rule.constKey instanceof String text && ExactJson.loneSurrogate(text) < 0
                ? utf8(text)
                : null;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

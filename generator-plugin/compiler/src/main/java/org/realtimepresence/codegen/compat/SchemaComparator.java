// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.realtimepresence.codegen.schema.JsonPointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Compares a schema with its baseline keyword by keyword and follows {@code $ref} into
 * {@code $defs} at any depth.
 *
 * <p>Each rule proves one inclusion per direction: backward means every instance the baseline
 * accepts is accepted by the new schema, forward the reverse. A schema is the conjunction of its
 * keywords, so when every keyword's inclusion holds, the whole schema's does; a rule that cannot
 * prove its inclusion reports the direction as incompatible. Only {@code properties} and
 * {@code additionalProperties} are judged together, because one decides what the other applies to.
 */
final class SchemaComparator {

    private static final JsonNode ANYTHING = BooleanNode.TRUE;
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    /** A subschema and where it is in its document. */
    private record Node(JsonNode schema, String pointer) {}

    private final Findings findings;
    private final JsonNode oldRoot;
    private final JsonNode newRoot;
    /** Pairs already compared or being compared: a recursive schema meets itself again one level deeper. */
    private final Set<String> compared = new HashSet<>();

    private final Predicate<String> unchangedFileRef;

    private SchemaComparator(String file, JsonNode oldRoot, JsonNode newRoot, Predicate<String> unchangedFileRef) {
        this.findings = new Findings(file);
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
        this.unchangedFileRef = unchangedFileRef;
    }

    /** Every difference between {@code baseline} and {@code current}, in document order. */
    static List<Difference> compare(String file, JsonNode baseline, JsonNode current) {
        return compare(file, baseline, current, ref -> false);
    }

    /**
     * As {@link #compare(String, JsonNode, JsonNode)}; a reference to another file that is the same on
     * both sides is equal when {@code unchangedFileRef} says every file it reaches is unchanged.
     */
    static List<Difference> compare(
            String file, JsonNode baseline, JsonNode current, Predicate<String> unchangedFileRef) {
        SchemaComparator comparator = new SchemaComparator(file, baseline, current, unchangedFileRef);
        comparator.compare(new Node(baseline, ""), new Node(current, ""));
        return comparator.findings.differences();
    }

    private void compare(Node oldNode, Node newNode) {
        if (sameUnchangedFileRef(oldNode.schema, newNode.schema)) {
            return;
        }
        Node o = dereference(oldNode, oldRoot, "baseline");
        Node n = o == null ? null : dereference(newNode, newRoot, "new schema");
        if (n == null || !compared.add(o.pointer + "\n" + n.pointer)) {
            return;
        }
        JsonNode a = o.schema;
        JsonNode b = n.schema;
        if (a.equals(b) && !Keywords.containsRef(a)) {
            return;
        }
        String at = n.pointer;
        if (Keywords.rejectsAll(a) || Keywords.rejectsAll(b)) {
            findings.judge(
                    at,
                    null,
                    a,
                    b,
                    !Keywords.rejectsAll(b) || Keywords.rejectsAll(a),
                    !Keywords.rejectsAll(a) || Keywords.rejectsAll(b),
                    "the new schema is false here, so new readers reject every value old records carry.",
                    "the baseline is false here, so old readers reject every value new records carry.",
                    "");
            return;
        }
        if (!isSchema(a) || !isSchema(b)) {
            findings.undecidable(at, "one side is neither an object nor a boolean, so it is not a schema.");
            return;
        }
        a = a.isBoolean() ? EMPTY : a;
        b = b.isBoolean() ? EMPTY : b;
        Node oo = new Node(a, o.pointer);
        Node nn = new Node(b, n.pointer);
        compareReferences(oo, nn);
        KeywordRules.compareType(findings, a, b, at);
        KeywordRules.compareValues(findings, a, b, at);
        KeywordRules.compareFormat(findings, a, b, at);
        KeywordRules.comparePattern(findings, a, b, at);
        KeywordRules.compareBounds(findings, a, b, at);
        KeywordRules.compareMultipleOf(findings, a, b, at);
        compareArrays(oo, nn);
        compareObjects(oo, nn);
        compareOthers(a, b, at);
    }

    private boolean sameUnchangedFileRef(JsonNode a, JsonNode b) {
        if (!Keywords.isPureRef(a) || !a.equals(b)) {
            return false;
        }
        JsonNode ref = a.get("$ref");
        return ref.isString() && !ref.asString().startsWith("#") && unchangedFileRef.test(ref.asString());
    }

    private static boolean isSchema(JsonNode node) {
        return node.isObject() || node.isBoolean();
    }

    // ---- $ref -------------------------------------------------------------------------------

    /** Replaces a {@code $ref} that stands alone by its target, repeatedly; null when it cannot. */
    private Node dereference(Node node, JsonNode root, String side) {
        Set<String> seen = new HashSet<>();
        Node current = node;
        while (Keywords.isPureRef(current.schema)) {
            Node target = resolve(current.schema.get("$ref"), root);
            String at = JsonPointers.append(current.pointer, "$ref");
            if (target == null) {
                findings.undecidable(
                        at,
                        "the " + side + "'s reference " + current.schema.get("$ref")
                                + " cannot be followed; only references inside the same file (#/...) are compared.");
                return null;
            }
            if (!seen.add(target.pointer)) {
                findings.undecidable(
                        at,
                        "the " + side + "'s reference " + current.schema.get("$ref")
                                + " loops back to itself without any keyword in between.");
                return null;
            }
            current = target;
        }
        return current;
    }

    private static Node resolve(JsonNode ref, JsonNode root) {
        if (ref == null || !ref.isString() || !ref.asString().startsWith("#")) {
            return null;
        }
        String fragment = JsonPointers.decodeFragment(ref.asString().substring(1));
        if (fragment.isEmpty()) {
            return new Node(root, "");
        }
        if (!fragment.startsWith("/")) {
            return null; // an anchor
        }
        try {
            JsonNode target = root.at(fragment);
            return target.isMissingNode() ? null : new Node(target, fragment);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A {@code $ref} beside other keywords: both sides need one, and their targets are compared. */
    private void compareReferences(Node o, Node n) {
        boolean oldRef = o.schema.has("$ref");
        boolean newRef = n.schema.has("$ref");
        if (!oldRef && !newRef) {
            return;
        }
        String at = JsonPointers.append(n.pointer, "$ref");
        if (oldRef != newRef) {
            findings.undecidable(
                    at,
                    "a $ref is " + (newRef ? "added beside" : "removed from beside")
                            + " other keywords; the checker compares a reference only with another reference.");
            return;
        }
        Node oldTarget = resolve(o.schema.get("$ref"), oldRoot);
        Node newTarget = resolve(n.schema.get("$ref"), newRoot);
        if (oldTarget == null || newTarget == null) {
            findings.undecidable(
                    at,
                    "the reference " + (oldTarget == null ? o.schema.get("$ref") : n.schema.get("$ref"))
                            + " cannot be followed; only references inside the same file (#/...) are compared.");
            return;
        }
        compare(oldTarget, newTarget);
    }

    // ---- arrays ---------------------------------------------------------------------------

    private void compareArrays(Node o, Node n) {
        JsonNode a = o.schema;
        JsonNode b = n.schema;
        if (!Keywords.admits(a, "array") && !Keywords.admits(b, "array")) {
            return;
        }
        JsonNode oldUnique = a.get("uniqueItems");
        JsonNode newUnique = b.get("uniqueItems");
        if (!Objects.equals(oldUnique, newUnique)) {
            String where = JsonPointers.append(n.pointer, "uniqueItems");
            if ((oldUnique != null && !oldUnique.isBoolean()) || (newUnique != null && !newUnique.isBoolean())) {
                findings.undecidable(where, "uniqueItems must be a boolean.");
            } else {
                boolean was = oldUnique != null && oldUnique.asBoolean();
                boolean is = newUnique != null && newUnique.asBoolean();
                findings.judge(
                        where,
                        "array",
                        a,
                        b,
                        !is || was,
                        !was || is,
                        "items must now be unique, so new readers reject old arrays with repeated items.",
                        "items need no longer be unique, so old readers reject new arrays with repeated items.",
                        "uniqueItems is false either way.");
            }
        }
        comparePrefixItems(o, n);
        JsonNode oldItems = a.get("items");
        JsonNode newItems = b.get("items");
        if ((oldItems != null && oldItems.isArray()) || (newItems != null && newItems.isArray())) {
            opaque(JsonPointers.append(n.pointer, "items"), "items", oldItems, newItems);
        } else if (oldItems != null || newItems != null) {
            compare(child(o, "items", oldItems), child(n, "items", newItems));
        }
    }

    private void comparePrefixItems(Node o, Node n) {
        JsonNode oldPrefix = o.schema.get("prefixItems");
        JsonNode newPrefix = n.schema.get("prefixItems");
        if (oldPrefix == null && newPrefix == null) {
            return;
        }
        String where = JsonPointers.append(n.pointer, "prefixItems");
        if (oldPrefix == null
                || newPrefix == null
                || !oldPrefix.isArray()
                || !newPrefix.isArray()
                || oldPrefix.size() != newPrefix.size()) {
            findings.undecidable(
                    where,
                    "prefixItems is added, removed or changes length; the checker only compares"
                            + " positional items one to one.");
            return;
        }
        for (int i = 0; i < oldPrefix.size(); i++) {
            compare(
                    new Node(oldPrefix.get(i), JsonPointers.append(JsonPointers.append(o.pointer, "prefixItems"), i)),
                    new Node(newPrefix.get(i), JsonPointers.append(where, i)));
        }
    }

    // ---- objects --------------------------------------------------------------------------

    private void compareObjects(Node o, Node n) {
        JsonNode a = o.schema;
        JsonNode b = n.schema;
        if (!Keywords.admits(a, "object") && !Keywords.admits(b, "object")) {
            return;
        }
        if (a.has("patternProperties") || b.has("patternProperties")) {
            comparePatternProperties(a, b, n.pointer);
        } else {
            compareProperties(o, n);
        }
        KeywordRules.compareRequired(findings, a, b, n.pointer);
        if (a.has("propertyNames") || b.has("propertyNames")) {
            compare(
                    child(o, "propertyNames", a.get("propertyNames")),
                    child(n, "propertyNames", b.get("propertyNames")));
        }
    }

    /** Pattern matches decide which names are "additional": only an unchanged group is provably equal. */
    private void comparePatternProperties(JsonNode a, JsonNode b, String at) {
        for (String keyword : List.of("patternProperties", "properties", "additionalProperties")) {
            JsonNode oldValue = a.get(keyword);
            JsonNode newValue = b.get(keyword);
            if (!Objects.equals(oldValue, newValue) || (oldValue != null && Keywords.containsRef(oldValue))) {
                findings.undecidable(
                        JsonPointers.append(at, "patternProperties"),
                        "properties change next to"
                                + " patternProperties; the checker does not decide which names the patterns match.");
                return;
            }
        }
    }

    private void compareProperties(Node o, Node n) {
        JsonNode oldProperties = o.schema.get("properties");
        JsonNode newProperties = n.schema.get("properties");
        String where = JsonPointers.append(n.pointer, "properties");
        if ((oldProperties != null && !oldProperties.isObject())
                || (newProperties != null && !newProperties.isObject())) {
            findings.undecidable(where, "properties must be an object.");
            return;
        }
        Node oldAdditional = child(o, "additionalProperties", o.schema.get("additionalProperties"));
        Node newAdditional = child(n, "additionalProperties", n.schema.get("additionalProperties"));
        Set<String> names = new LinkedHashSet<>();
        if (newProperties != null) {
            names.addAll(newProperties.propertyNames());
        }
        if (oldProperties != null) {
            names.addAll(oldProperties.propertyNames());
        }
        String oldBase = JsonPointers.append(o.pointer, "properties");
        for (String name : names) {
            JsonNode was = oldProperties == null ? null : oldProperties.get(name);
            JsonNode is = newProperties == null ? null : newProperties.get(name);
            String at = JsonPointers.append(where, name);
            if (was != null && is != null) {
                compare(new Node(was, JsonPointers.append(oldBase, name)), new Node(is, at));
            } else if (is != null) {
                propertyAdded(name, oldAdditional, new Node(is, at));
            } else {
                propertyRemoved(name, new Node(was, JsonPointers.append(oldBase, name)), newAdditional, at);
            }
        }
        compareAdditional(oldAdditional, newAdditional);
    }

    /** A declared property is new: before, {@code additionalProperties} of the baseline applied to it. */
    private void propertyAdded(String name, Node oldAdditional, Node property) {
        if (Keywords.rejectsAll(oldAdditional.schema)) {
            if (!Keywords.rejectsAll(property.schema)) {
                findings.add(
                        property.pointer,
                        Direction.FORWARD_INCOMPATIBLE,
                        "property \"" + name
                                + "\" is added to a closed object (additionalProperties false), so old readers reject"
                                + " new records that carry it.");
            }
        } else if (Keywords.acceptsAll(oldAdditional.schema)) {
            if (Keywords.acceptsAll(property.schema)) {
                findings.add(
                        property.pointer,
                        Direction.COMPATIBLE,
                        "property \"" + name + "\" is declared, accepting any value as the open object did.");
            } else {
                findings.add(
                        property.pointer,
                        Direction.BACKWARD_INCOMPATIBLE,
                        "property \"" + name
                                + "\" is added to an open object, so new readers reject old records that already carry it"
                                + " with a value the new declaration does not allow.");
            }
        } else {
            compare(oldAdditional, property);
        }
    }

    /** A declared property is gone: now {@code additionalProperties} of the new schema applies to it. */
    private void propertyRemoved(String name, Node property, Node newAdditional, String at) {
        if (Keywords.rejectsAll(newAdditional.schema)) {
            if (!Keywords.rejectsAll(property.schema)) {
                findings.add(
                        at,
                        Direction.BACKWARD_INCOMPATIBLE,
                        "property \"" + name
                                + "\" is removed from a closed object (additionalProperties false), so new readers reject"
                                + " old records that carry it.");
            }
        } else if (Keywords.acceptsAll(newAdditional.schema)) {
            if (Keywords.acceptsAll(property.schema)) {
                findings.add(
                        at,
                        Direction.COMPATIBLE,
                        "property \"" + name
                                + "\" is no longer declared; it accepted any value, as the open object does.");
            } else {
                findings.add(
                        at,
                        Direction.FORWARD_INCOMPATIBLE,
                        "property \"" + name
                                + "\" is removed from an open object, so new records may carry it with a value old readers"
                                + " reject.");
            }
        } else {
            compare(property, newAdditional);
        }
    }

    private void compareAdditional(Node o, Node n) {
        boolean wasOpen = Keywords.acceptsAll(o.schema);
        boolean isOpen = Keywords.acceptsAll(n.schema);
        if (wasOpen && isOpen) {
            if (o.schema.isObject() && n.schema.isObject()) {
                compare(o, n); // only annotations can differ
            }
            return;
        }
        if (wasOpen && Keywords.rejectsAll(n.schema)) {
            findings.add(
                    n.pointer,
                    Direction.BACKWARD_INCOMPATIBLE,
                    "the object is now closed, so new readers reject"
                            + " old records that carry undeclared properties.");
        } else if (Keywords.rejectsAll(o.schema) && isOpen) {
            findings.add(
                    n.pointer,
                    Direction.FORWARD_INCOMPATIBLE,
                    "the object is now open, so old readers reject" + " new records that carry undeclared properties.");
        } else {
            compare(o, n);
        }
    }

    // ---- everything else ------------------------------------------------------------------

    private void compareOthers(JsonNode a, JsonNode b, String at) {
        Set<String> keywords = new TreeSet<>(b.propertyNames());
        keywords.addAll(a.propertyNames());
        for (String keyword : keywords) {
            if (Keywords.REASONED.contains(keyword) || Keywords.CONTAINERS.contains(keyword)) {
                continue;
            }
            JsonNode oldValue = a.get(keyword);
            JsonNode newValue = b.get(keyword);
            String where = JsonPointers.append(at, keyword);
            if (Keywords.ANNOTATIONS.contains(keyword)) {
                if (!Objects.equals(oldValue, newValue)) {
                    findings.annotationChanged(where);
                }
            } else if (keyword.equals("$id") && at.isEmpty()) {
                // the document's own name: nothing to compare, references are compared by pointer
            } else if (Keywords.SIBLING_DEPENDENT.contains(keyword)) {
                findings.undecidable(
                        where,
                        keyword + " depends on what its sibling keywords evaluate, which the checker"
                                + " does not track.");
            } else if (keyword.equals("$id") && (Keywords.containsRef(a) || Keywords.containsRef(b))) {
                findings.undecidable(where, "an embedded $id changes what the references inside it resolve against.");
            } else {
                opaque(where, keyword, oldValue, newValue);
            }
        }
    }

    /** A keyword outside the checker's rules: unchanged and free of references is the only proof. */
    private void opaque(String where, String keyword, JsonNode oldValue, JsonNode newValue) {
        if (Objects.equals(oldValue, newValue) && (oldValue == null || !Keywords.containsRef(oldValue))) {
            return;
        }
        String change = oldValue == null ? "added" : newValue == null ? "removed" : "changed";
        findings.undecidable(
                where, keyword + " is " + change + ", and the checker does not reason about " + keyword + ".");
    }

    private static Node child(Node parent, String keyword, JsonNode value) {
        return new Node(value == null ? ANYTHING : value, JsonPointers.append(parent.pointer, keyword));
    }
}

package org.realtimepresence.codegen.compat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
    private record Node(JsonNode schema, String pointer) {
    }

    private final String file;
    private final JsonNode oldRoot;
    private final JsonNode newRoot;
    private final List<Difference> differences = new ArrayList<>();
    /** Pairs already compared or being compared: a recursive schema meets itself again one level deeper. */
    private final Set<String> compared = new HashSet<>();

    private SchemaComparator(String file, JsonNode oldRoot, JsonNode newRoot) {
        this.file = file;
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
    }

    /** Every difference between {@code baseline} and {@code current}, in document order. */
    static List<Difference> compare(String file, JsonNode baseline, JsonNode current) {
        SchemaComparator comparator = new SchemaComparator(file, baseline, current);
        comparator.compare(new Node(baseline, ""), new Node(current, ""));
        return List.copyOf(comparator.differences);
    }

    private void compare(Node oldNode, Node newNode) {
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
            judge(at, null, a, b, !Keywords.rejectsAll(b) || Keywords.rejectsAll(a),
                    !Keywords.rejectsAll(a) || Keywords.rejectsAll(b),
                    "the new schema is false here, so new readers reject every value old records carry.",
                    "the baseline is false here, so old readers reject every value new records carry.", "");
            return;
        }
        if (!isSchema(a) || !isSchema(b)) {
            undecidable(at, "one side is neither an object nor a boolean, so it is not a schema.");
            return;
        }
        a = a.isBoolean() ? EMPTY : a;
        b = b.isBoolean() ? EMPTY : b;
        Node oo = new Node(a, o.pointer);
        Node nn = new Node(b, n.pointer);
        compareReferences(oo, nn);
        compareType(a, b, at);
        compareValues(a, b, at);
        compareFormat(a, b, at);
        comparePattern(a, b, at);
        compareBounds(a, b, at);
        compareMultipleOf(a, b, at);
        compareArrays(oo, nn);
        compareObjects(oo, nn);
        compareOthers(a, b, at);
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
                undecidable(at, "the " + side + "'s reference " + current.schema.get("$ref")
                        + " cannot be followed; only references inside the same file (#/...) are compared.");
                return null;
            }
            if (!seen.add(target.pointer)) {
                undecidable(at, "the " + side + "'s reference " + current.schema.get("$ref")
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
        String fragment = URLDecoder.decode(ref.asString().substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
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
            undecidable(at, "a $ref is " + (newRef ? "added beside" : "removed from beside")
                    + " other keywords; the checker compares a reference only with another reference.");
            return;
        }
        Node oldTarget = resolve(o.schema.get("$ref"), oldRoot);
        Node newTarget = resolve(n.schema.get("$ref"), newRoot);
        if (oldTarget == null || newTarget == null) {
            undecidable(at, "the reference " + (oldTarget == null ? o.schema.get("$ref") : n.schema.get("$ref"))
                    + " cannot be followed; only references inside the same file (#/...) are compared.");
            return;
        }
        compare(oldTarget, newTarget);
    }

    // ---- type, enum/const, format, pattern ---------------------------------------------------

    private void compareType(JsonNode a, JsonNode b, String at) {
        if (Objects.equals(a.get("type"), b.get("type"))) {
            return;
        }
        String where = JsonPointers.append(at, "type");
        Set<String> oldTypes;
        Set<String> newTypes;
        try {
            oldTypes = types(a.get("type"));
            newTypes = types(b.get("type"));
        } catch (Bound.Malformed e) {
            undecidable(where, e.getMessage());
            return;
        }
        judge(where, null, a, b, typesContain(newTypes, oldTypes), typesContain(oldTypes, newTypes),
                "the type narrows from " + showTypes(oldTypes) + " to " + showTypes(newTypes)
                        + ", so new readers reject old values of the dropped types.",
                "the type widens from " + showTypes(oldTypes) + " to " + showTypes(newTypes)
                        + ", so old readers reject new values of the added types.",
                "the type is the same set of types, written differently.");
    }

    private static Set<String> types(JsonNode type) throws Bound.Malformed {
        if (type == null) {
            return null;
        }
        Set<String> types = new TreeSet<>();
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            for (JsonNode element : type) {
                if (!element.isString()) {
                    throw new Bound.Malformed("type must list type names, found " + element);
                }
                types.add(element.asString());
            }
        } else {
            throw new Bound.Malformed("type must be a type name or a list of them, found " + type);
        }
        return types;
    }

    /** Whether every value of a type in {@code narrower} has a type in {@code wider}; null is every type. */
    private static boolean typesContain(Set<String> wider, Set<String> narrower) {
        if (wider == null) {
            return true;
        }
        if (narrower == null) {
            return false;
        }
        for (String type : narrower) {
            if (!wider.contains(type) && !(type.equals("integer") && wider.contains("number"))) {
                return false;
            }
        }
        return true;
    }

    private static String showTypes(Set<String> types) {
        return types == null ? "any type" : String.join("|", types);
    }

    /** {@code enum} and {@code const} together: the set of values both allow, or null for any value. */
    private void compareValues(JsonNode a, JsonNode b, String at) {
        if (Objects.equals(a.get("enum"), b.get("enum")) && Objects.equals(a.get("const"), b.get("const"))) {
            return;
        }
        String keyword = b.has("enum") || (!b.has("const") && a.has("enum")) ? "enum" : "const";
        String where = JsonPointers.append(at, keyword);
        List<JsonNode> oldValues;
        List<JsonNode> newValues;
        try {
            oldValues = allowedValues(a);
            newValues = allowedValues(b);
        } catch (Bound.Malformed e) {
            undecidable(where, e.getMessage());
            return;
        }
        List<JsonNode> dropped = missing(oldValues, newValues);
        List<JsonNode> added = missing(newValues, oldValues);
        judge(where, null, a, b, newValues == null || (oldValues != null && dropped.isEmpty()),
                oldValues == null || (newValues != null && added.isEmpty()),
                oldValues == null
                        ? "the new schema restricts the value to " + newValues
                                + ", so new readers reject old records with any other value."
                        : "the values " + dropped + " are no longer allowed, so new readers reject old records"
                                + " carrying them.",
                newValues == null
                        ? "the restriction to " + oldValues + " is lifted, so old readers reject new records"
                                + " with any other value."
                        : "the values " + added + " are new, so old readers reject new records carrying them.",
                "the allowed values are the same, written differently.");
    }

    private static List<JsonNode> allowedValues(JsonNode schema) throws Bound.Malformed {
        JsonNode constant = schema.get("const");
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && !enumeration.isArray()) {
            throw new Bound.Malformed("enum must be an array, found " + enumeration);
        }
        List<JsonNode> values = new ArrayList<>();
        if (constant != null) {
            if (enumeration == null || contains(enumeration, constant)) {
                values.add(constant);
            }
            return values;
        }
        if (enumeration == null) {
            return null;
        }
        enumeration.forEach(values::add);
        return values;
    }

    /** The values of {@code from} that {@code to} lacks; empty when either stands for every value. */
    private static List<JsonNode> missing(List<JsonNode> from, List<JsonNode> to) {
        List<JsonNode> result = new ArrayList<>();
        if (from != null && to != null) {
            for (JsonNode value : from) {
                if (!to.contains(value)) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void compareFormat(JsonNode a, JsonNode b, String at) {
        compareEqualOrAbsent(a, b, at, "format", "string",
                "strings that are not a valid ");
    }

    private void comparePattern(JsonNode a, JsonNode b, String at) {
        compareEqualOrAbsent(a, b, at, "pattern", "string", "strings that do not match the pattern ");
    }

    /** A keyword whose values the checker cannot order: only the same value, or none, is compatible. */
    private void compareEqualOrAbsent(JsonNode a, JsonNode b, String at, String keyword, String family,
            String rejected) {
        JsonNode oldValue = a.get(keyword);
        JsonNode newValue = b.get(keyword);
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        String where = JsonPointers.append(at, keyword);
        if ((oldValue != null && !oldValue.isString()) || (newValue != null && !newValue.isString())) {
            undecidable(where, keyword + " must be a string.");
            return;
        }
        String change = oldValue == null ? keyword + " " + newValue + " is added"
                : newValue == null ? keyword + " " + oldValue + " is removed"
                : keyword + " changes from " + oldValue + " to " + newValue;
        judge(where, family, a, b, newValue == null, oldValue == null,
                change + ", so new readers reject old " + rejected + newValue + ".",
                change + ", so old readers reject new " + rejected + oldValue + ".", "");
    }

    // ---- bounds ---------------------------------------------------------------------------

    private void compareBounds(JsonNode a, JsonNode b, String at) {
        compareBound(a, b, at, "minimum", "exclusiveMinimum", true, "number", "numbers");
        compareBound(a, b, at, "maximum", "exclusiveMaximum", false, "number", "numbers");
        compareBound(a, b, at, "minLength", null, true, "string", "string lengths");
        compareBound(a, b, at, "maxLength", null, false, "string", "string lengths");
        compareBound(a, b, at, "minItems", null, true, "array", "array sizes");
        compareBound(a, b, at, "maxItems", null, false, "array", "array sizes");
        compareBound(a, b, at, "minProperties", null, true, "object", "property counts");
        compareBound(a, b, at, "maxProperties", null, false, "object", "property counts");
    }

    private void compareBound(JsonNode a, JsonNode b, String at, String inclusive, String exclusive, boolean lower,
            String family, String what) {
        boolean changed = !Objects.equals(a.get(inclusive), b.get(inclusive))
                || (exclusive != null && !Objects.equals(a.get(exclusive), b.get(exclusive)));
        if (!changed) {
            return;
        }
        String keyword = exclusive == null || b.has(inclusive) || (!b.has(exclusive) && a.has(inclusive))
                ? inclusive : exclusive;
        String where = JsonPointers.append(at, keyword);
        Bound oldBound;
        Bound newBound;
        try {
            oldBound = exclusive == null ? Bound.ofCount(a, inclusive, lower) : Bound.of(a, inclusive, exclusive, lower);
            newBound = exclusive == null ? Bound.ofCount(b, inclusive, lower) : Bound.of(b, inclusive, exclusive, lower);
        } catch (Bound.Malformed e) {
            undecidable(where, e.getMessage());
            return;
        }
        boolean backward = lower ? Bound.lowerContains(newBound, oldBound) : Bound.upperContains(newBound, oldBound);
        boolean forward = lower ? Bound.lowerContains(oldBound, newBound) : Bound.upperContains(oldBound, newBound);
        String side = lower ? "lower" : "upper";
        String change = "the " + side + " bound on " + what + " goes from " + Bound.show(oldBound, lower) + " to "
                + Bound.show(newBound, lower);
        judge(where, family, a, b, backward, forward,
                change + ", so new readers reject old values outside the new bound.",
                change + ", so old readers reject new values outside the old bound.",
                change + ", the same bound written differently.");
    }

    private void compareMultipleOf(JsonNode a, JsonNode b, String at) {
        JsonNode oldValue = a.get("multipleOf");
        JsonNode newValue = b.get("multipleOf");
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        String where = JsonPointers.append(at, "multipleOf");
        if ((oldValue != null && !positive(oldValue)) || (newValue != null && !positive(newValue))) {
            undecidable(where, "multipleOf must be a number greater than zero.");
            return;
        }
        String change = "multipleOf goes from " + (oldValue == null ? "none" : oldValue) + " to "
                + (newValue == null ? "none" : newValue);
        judge(where, "number", a, b, divides(newValue, oldValue), divides(oldValue, newValue),
                change + ", so new readers reject old numbers that are not multiples of " + newValue + ".",
                change + ", so old readers reject new numbers that are not multiples of " + oldValue + ".",
                change + ", the same constraint written differently.");
    }

    private static boolean positive(JsonNode value) {
        return value.isNumber() && value.decimalValue().signum() > 0;
    }

    /** Whether every multiple of {@code multiple} is a multiple of {@code divisor}; null means no constraint. */
    private static boolean divides(JsonNode divisor, JsonNode multiple) {
        if (divisor == null) {
            return true;
        }
        return multiple != null && multiple.decimalValue().remainder(divisor.decimalValue()).signum() == 0;
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
                undecidable(where, "uniqueItems must be a boolean.");
            } else {
                boolean was = oldUnique != null && oldUnique.asBoolean();
                boolean is = newUnique != null && newUnique.asBoolean();
                judge(where, "array", a, b, !is || was, !was || is,
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
        if (oldPrefix == null || newPrefix == null || !oldPrefix.isArray() || !newPrefix.isArray()
                || oldPrefix.size() != newPrefix.size()) {
            undecidable(where, "prefixItems is added, removed or changes length; the checker only compares"
                    + " positional items one to one.");
            return;
        }
        for (int i = 0; i < oldPrefix.size(); i++) {
            compare(new Node(oldPrefix.get(i), JsonPointers.append(JsonPointers.append(o.pointer, "prefixItems"), i)),
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
        compareRequired(a, b, n.pointer);
        if (a.has("propertyNames") || b.has("propertyNames")) {
            compare(child(o, "propertyNames", a.get("propertyNames")), child(n, "propertyNames", b.get("propertyNames")));
        }
    }

    /** Pattern matches decide which names are "additional": only an unchanged group is provably equal. */
    private void comparePatternProperties(JsonNode a, JsonNode b, String at) {
        for (String keyword : List.of("patternProperties", "properties", "additionalProperties")) {
            JsonNode oldValue = a.get(keyword);
            JsonNode newValue = b.get(keyword);
            if (!Objects.equals(oldValue, newValue) || (oldValue != null && Keywords.containsRef(oldValue))) {
                undecidable(JsonPointers.append(at, "patternProperties"), "properties change next to"
                        + " patternProperties; the checker does not decide which names the patterns match.");
                return;
            }
        }
    }

    private void compareProperties(Node o, Node n) {
        JsonNode oldProperties = o.schema.get("properties");
        JsonNode newProperties = n.schema.get("properties");
        String where = JsonPointers.append(n.pointer, "properties");
        if ((oldProperties != null && !oldProperties.isObject()) || (newProperties != null && !newProperties.isObject())) {
            undecidable(where, "properties must be an object.");
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
                add(property.pointer, Direction.FORWARD_INCOMPATIBLE, false, "property \"" + name
                        + "\" is added to a closed object (additionalProperties false), so old readers reject"
                        + " new records that carry it.");
            }
        } else if (Keywords.acceptsAll(oldAdditional.schema)) {
            add(property.pointer, Keywords.acceptsAll(property.schema) ? Direction.COMPATIBLE
                    : Direction.BACKWARD_INCOMPATIBLE, false, Keywords.acceptsAll(property.schema)
                    ? "property \"" + name + "\" is declared, accepting any value as the open object did."
                    : "property \"" + name + "\" is added to an open object, so new readers reject old records"
                            + " that already carry it with a value the new declaration does not allow.");
        } else {
            compare(oldAdditional, property);
        }
    }

    /** A declared property is gone: now {@code additionalProperties} of the new schema applies to it. */
    private void propertyRemoved(String name, Node property, Node newAdditional, String at) {
        if (Keywords.rejectsAll(newAdditional.schema)) {
            if (!Keywords.rejectsAll(property.schema)) {
                add(at, Direction.BACKWARD_INCOMPATIBLE, false, "property \"" + name
                        + "\" is removed from a closed object (additionalProperties false), so new readers reject"
                        + " old records that carry it.");
            }
        } else if (Keywords.acceptsAll(newAdditional.schema)) {
            add(at, Keywords.acceptsAll(property.schema) ? Direction.COMPATIBLE : Direction.FORWARD_INCOMPATIBLE,
                    false, Keywords.acceptsAll(property.schema)
                    ? "property \"" + name + "\" is no longer declared; it accepted any value, as the open object does."
                    : "property \"" + name + "\" is removed from an open object, so new records may carry it with"
                            + " a value old readers reject.");
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
            add(n.pointer, Direction.BACKWARD_INCOMPATIBLE, false, "the object is now closed, so new readers reject"
                    + " old records that carry undeclared properties.");
        } else if (Keywords.rejectsAll(o.schema) && isOpen) {
            add(n.pointer, Direction.FORWARD_INCOMPATIBLE, false, "the object is now open, so old readers reject"
                    + " new records that carry undeclared properties.");
        } else {
            compare(o, n);
        }
    }

    private void compareRequired(JsonNode a, JsonNode b, String at) {
        JsonNode oldRequired = a.get("required");
        JsonNode newRequired = b.get("required");
        if (Objects.equals(oldRequired, newRequired)) {
            return;
        }
        String where = JsonPointers.append(at, "required");
        Set<String> was;
        Set<String> is;
        try {
            was = names(oldRequired);
            is = names(newRequired);
        } catch (Bound.Malformed e) {
            undecidable(where, e.getMessage());
            return;
        }
        Set<String> added = new TreeSet<>(is);
        added.removeAll(was);
        Set<String> dropped = new TreeSet<>(was);
        dropped.removeAll(is);
        judge(where, "object", a, b, added.isEmpty(), dropped.isEmpty(),
                added + " become required, so new readers reject old records without them.",
                dropped + " are no longer required, so old readers reject new records without them.",
                "the same properties are required, listed differently.");
    }

    private static Set<String> names(JsonNode required) throws Bound.Malformed {
        Set<String> names = new TreeSet<>();
        if (required == null) {
            return names;
        }
        if (!required.isArray()) {
            throw new Bound.Malformed("required must be an array of names, found " + required);
        }
        for (JsonNode name : required) {
            if (!name.isString()) {
                throw new Bound.Malformed("required must list property names, found " + name);
            }
            names.add(name.asString());
        }
        return names;
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
                    annotationChanged(where);
                }
            } else if (keyword.equals("$id") && at.isEmpty()) {
                continue; // the document's own name; references are compared by pointer
            } else if (Keywords.SIBLING_DEPENDENT.contains(keyword)) {
                undecidable(where, keyword + " depends on what its sibling keywords evaluate, which the checker"
                        + " does not track.");
            } else if (keyword.equals("$id") && (Keywords.containsRef(a) || Keywords.containsRef(b))) {
                undecidable(where, "an embedded $id changes what the references inside it resolve against.");
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
        undecidable(where, keyword + " is " + change + ", and the checker does not reason about " + keyword + ".");
    }

    private void annotationChanged(String where) {
        add(where, Direction.COMPATIBLE, false, "an annotation changed; no instance changes validity.");
    }

    private static Node child(Node parent, String keyword, JsonNode value) {
        return new Node(value == null ? ANYTHING : value, JsonPointers.append(parent.pointer, keyword));
    }

    // ---- findings -------------------------------------------------------------------------

    /**
     * Records the outcome of one rule. A keyword that only applies to {@code family} cannot break a
     * direction whose source schema admits no instance of that family.
     */
    private void judge(String where, String family, JsonNode a, JsonNode b, boolean backward, boolean forward,
            String backwardReason, String forwardReason, String sameReason) {
        boolean backwardHolds = backward || (family != null && !Keywords.admits(a, family));
        boolean forwardHolds = forward || (family != null && !Keywords.admits(b, family));
        if (!backwardHolds) {
            add(where, Direction.BACKWARD_INCOMPATIBLE, false, backwardReason);
        }
        if (!forwardHolds) {
            add(where, Direction.FORWARD_INCOMPATIBLE, false, forwardReason);
        }
        if (backward && forward && !sameReason.isEmpty()) {
            add(where, Direction.COMPATIBLE, false, sameReason);
        } else if (backwardHolds && forwardHolds) {
            add(where, Direction.COMPATIBLE, false, "this keyword changes, but it only constrains " + family
                    + " values, which the schema it could break does not allow.");
        }
    }

    private void undecidable(String where, String reason) {
        add(where, Direction.BACKWARD_INCOMPATIBLE, true, reason);
        add(where, Direction.FORWARD_INCOMPATIBLE, true, reason);
    }

    private void add(String where, Direction direction, boolean undecidable, String reason) {
        differences.add(new Difference(file, where, direction, undecidable, reason));
    }
}

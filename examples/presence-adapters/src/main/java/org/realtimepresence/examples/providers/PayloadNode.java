// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A node of a provider document that knows its JSON Pointer, so every accessor can fail with the provider,
 * the exact location and what was expected.
 */
final class PayloadNode {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final String provider;
    private final JsonNode node;
    private final JsonPointer pointer;
    /** The array whose elements are numbered from {@code firstIndex} rather than 0, or null. */
    private final JsonPointer window;

    private final int firstIndex;

    private PayloadNode(String provider, JsonNode node, JsonPointer pointer, JsonPointer window, int firstIndex) {
        this.provider = provider;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.pointer = pointer;
        this.window = window;
        this.firstIndex = firstIndex;
    }

    static PayloadNode root(String provider, JsonNode document) {
        return new PayloadNode(provider, document, JsonPointer.empty(), null, 0);
    }

    /**
     * A document read one event at a time: the array at {@code window} holds only the event that stands at
     * {@code firstIndex} in the real document, so that pointers name the event's real place.
     */
    static PayloadNode window(String provider, JsonNode document, JsonPointer window, int firstIndex) {
        return new PayloadNode(provider, document, JsonPointer.empty(), window, firstIndex);
    }

    PayloadNode get(String name) {
        return child(node.isObject() ? node.get(name) : null, pointer.appendProperty(name));
    }

    PayloadNode get(int index) {
        int place = pointer.equals(window) ? firstIndex + index : index;
        return child(node.isArray() ? node.get(index) : null, pointer.appendIndex(place));
    }

    private PayloadNode child(JsonNode child, JsonPointer at) {
        return new PayloadNode(provider, child, at, window, firstIndex);
    }

    /** Neither missing nor JSON {@code null}. */
    boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    boolean isObject() {
        return node.isObject();
    }

    boolean isArray() {
        return node.isArray();
    }

    boolean isString() {
        return node.isString();
    }

    boolean has(String name) {
        return get(name).isPresent();
    }

    int size() {
        return node.size();
    }

    String pointer() {
        return pointer.toString();
    }

    String text() {
        if (!node.isString()) {
            throw fail(node.isMissingNode() ? "missing; expected a string" : "expected a string but found " + kind());
        }
        return node.stringValue();
    }

    String textOrNull() {
        return isPresent() ? text() : null;
    }

    /** An integer sent as a JSON number or, as protojson and PubNub do, as a numeric string. */
    long integer() {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isString() && node.stringValue().matches("-?\\d{1,18}")) {
            return Long.parseLong(node.stringValue());
        }
        throw fail(node.isMissingNode() ? "missing; expected an integer" : "expected an integer but found " + kind());
    }

    OffsetDateTime epochMillisOrNull() {
        return isPresent() ? utc(() -> Instant.ofEpochMilli(integer())) : null;
    }

    OffsetDateTime epochSecondsOrNull() {
        return isPresent() ? utc(() -> Instant.ofEpochSecond(integer())) : null;
    }

    /** An epoch time beyond what java.time holds (year one billion, say) is a mapping error here. */
    private OffsetDateTime utc(java.util.function.Supplier<Instant> instant) {
        try {
            return instant.get().atOffset(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            throw fail("the timestamp " + node + " is out of range for a date-time");
        }
    }

    List<PayloadNode> elements() {
        if (!node.isArray()) {
            throw fail(node.isMissingNode() ? "missing; expected an array" : "expected an array but found " + kind());
        }
        List<PayloadNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(get(i));
        }
        return elements;
    }

    /** The elements of an array, or none when the value is missing or null. */
    List<PayloadNode> elementsOrNone() {
        return isPresent() ? elements() : List.of();
    }

    /** The properties of an object in document order. */
    Map<String, PayloadNode> properties() {
        if (!node.isObject()) {
            throw fail(node.isMissingNode() ? "missing; expected an object" : "expected an object but found " + kind());
        }
        Map<String, PayloadNode> properties = new LinkedHashMap<>();
        for (String name : node.propertyNames()) {
            properties.put(name, get(name));
        }
        return properties;
    }

    /** The properties of an object, or none when the value is missing or null. */
    Map<String, PayloadNode> propertiesOrNone() {
        return isPresent() ? properties() : Map.of();
    }

    /**
     * The value as a record's {@code data}: an object is kept as it is, a missing or null value gives none,
     * and any other value {@code v} becomes {@code {"value": v}}.
     */
    Map<String, Object> data() {
        if (!isPresent()) {
            return null;
        }
        if (node.isObject()) {
            return ProviderJson.mapper().treeToValue(node, OBJECT);
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("value", ProviderJson.mapper().treeToValue(node, Object.class));
        return wrapped;
    }

    /** This object's properties except {@code excluded}, as {@code data}; none when nothing is left. */
    Map<String, Object> dataWithout(Set<String> excluded) {
        properties();
        Map<String, Object> data = ProviderJson.mapper().treeToValue(node, OBJECT);
        data.keySet().removeAll(excluded);
        return data.isEmpty() ? null : data;
    }

    /** A string holding JSON (Pusher frames, Ably's {@code json} encoding) as the node it encodes. */
    PayloadNode parsedString() {
        try {
            return new PayloadNode(provider, ProviderJson.mapper().readTree(text()), pointer, null, 0);
        } catch (JacksonException e) {
            throw fail("the string is not valid JSON: " + e.getOriginalMessage());
        }
    }

    MappingException fail(String reason) {
        return new MappingException(provider, pointer(), reason);
    }

    private String kind() {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}

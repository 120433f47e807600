package org.realtimepresence.examples.codec;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.realtimepresence.model.RealtimePresence;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TEMPORARY stand-in for the model's {@code PresenceJson} (issue 3), which is being written in parallel.
 *
 * <p>It checks only what the examples rely on (JSON syntax, duplicate keys, required, types, the action
 * enum, unknown properties, RFC 3339 date-times) with a plain Jackson mapper. Replace this one class by a
 * delegate to {@code PresenceJson} once it is merged.
 */
final class StandInPresenceCodec implements PresenceCodec {

    static final StandInPresenceCodec INSTANCE = new StandInPresenceCodec();

    private static final List<String> REQUIRED = List.of("channel", "clientId", "action");
    private static final Set<String> STRINGS = Set.of("channel", "clientId", "connectionId");
    private static final Set<String> DATE_TIMES = Set.of("since", "occurredAt");
    private static final Set<String> ACTIONS = Set.of("enter", "leave", "update", "present", "absent");
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StandInPresenceCodec() {}

    @Override
    public List<Violation> validate(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            return List.of(new Violation("", "syntax", e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of(new Violation("", "syntax", "no JSON value in the input"));
        }
        return validate(tree);
    }

    @Override
    public List<Violation> validate(RealtimePresence record) {
        return validate(mapper.valueToTree(record));
    }

    @Override
    public Decoded decode(byte[] json) {
        List<Violation> violations = validate(json);
        return violations.isEmpty()
                ? Decoded.valid(mapper.readValue(json, RealtimePresence.class))
                : Decoded.invalid(violations);
    }

    @Override
    public String write(RealtimePresence record) {
        return mapper.writeValueAsString(record);
    }

    private static List<Violation> validate(JsonNode tree) {
        if (!tree.isObject()) {
            return List.of(new Violation("", "type", "expected an object but found " + describe(tree)));
        }
        List<Violation> violations = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!tree.has(name)) {
                violations.add(new Violation("", "required", "required property '" + name + "' not found"));
            }
        }
        for (Map.Entry<String, JsonNode> property : tree.properties()) {
            checkProperty(property.getKey(), property.getValue(), violations);
        }
        violations.sort(Comparator.comparing(Violation::pointer));
        return violations;
    }

    private static void checkProperty(String name, JsonNode value, List<Violation> violations) {
        String pointer = "/" + name.replace("~", "~0").replace("/", "~1");
        if (STRINGS.contains(name) && !value.isString()) {
            violations.add(new Violation(pointer, "type", "expected a string but found " + describe(value)));
        } else if (name.equals("action") && !(value.isString() && ACTIONS.contains(value.asString()))) {
            violations.add(new Violation(pointer, "enum", "does not have a value in the enumeration " + ACTIONS));
        } else if (name.equals("data") && !value.isObject()) {
            violations.add(new Violation(pointer, "type", "expected an object but found " + describe(value)));
        } else if (DATE_TIMES.contains(name) && !(value.isString() && isDateTime(value.asString()))) {
            violations.add(new Violation(pointer, "format", "is not an RFC 3339 date-time"));
        } else if (!STRINGS.contains(name) && !DATE_TIMES.contains(name)
                && !name.equals("action") && !name.equals("data")) {
            violations.add(new Violation(pointer, "additionalProperties", "property is not defined in the schema"));
        }
    }

    private static boolean isDateTime(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}

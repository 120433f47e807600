// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.internal.json.ExactJson;
import org.realtimepresence.runtime.internal.time.Rfc3339DateTimes;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.NumberOutput;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a record (or a map) straight from its Java values to JSON text, checking each value against the
 * {@link SchemaProfile}'s rules on its way out: no tree, no token stream, no second pass for the size. The text is
 * exactly what the full path writes (same property order, absent values left out, same numbers, dates and
 * escapes). Anything it cannot prove valid, or cannot write exactly as Jackson would (a type, an annotation or a
 * keyword it does not know, a lone surrogate, a value near a limit), declines: {@link #write} returns null and
 * the caller writes through the full evaluation, which alone says why a value cannot be written. Thread-safe.
 *
 * @param <T> the written type
 */
final class ValidatedWriter<T> {

    private static final String NULL = "null";
    private static final String TRUE = "true";
    private static final String FALSE = "false";
    /** Marks a class this writer leaves to Jackson, in {@link #shapes}. */
    private static final Object JACKSON = new Object();

    private final JsonMapper mapper;
    private final JsonEscapes escapes;
    private final ValueRule root;
    private final int refChain;
    private final long maxSteps;
    private final int maxDepth;
    private final int maxNesting;
    private final long maxBytes;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final boolean fastDoubles;
    /** Per class met: its {@link RecordShape}, its {@link EnumTexts}, or {@link #JACKSON}. */
    private final Map<Class<?>, Object> shapes = new ConcurrentHashMap<>();
    /** The class met last beside the root, and what is known of it: spares the map for a record's one enum. */
    private volatile Known recent = new Known(Void.class, JACKSON);

    private record Known(Class<?> type, Object shape) {}

    /** The written type when it is a record, and its shape; null for a map. */
    private final Class<?> rootType;

    private final RecordShape rootShape;

    private final ThreadLocal<WrittenJson> buffers = ThreadLocal.withInitial(WrittenJson::new);

    private ValidatedWriter(SchemaProfile profile, JsonMapper mapper, Class<T> type, CodecLimits limits) {
        StreamReadConstraints reading = mapper.tokenStreamFactory().streamReadConstraints();
        this.mapper = mapper;
        this.escapes = JsonEscapes.of(mapper);
        this.root = profile.root();
        this.refChain = profile.refChain();
        this.maxSteps = limits.maxEvaluationSteps();
        this.maxDepth = limits.maxEvaluationDepth();
        this.maxNesting = Math.min(
                reading.getMaxNestingDepth(),
                mapper.tokenStreamFactory().streamWriteConstraints().getMaxNestingDepth());
        this.maxBytes = limits.maxDocumentBytes();
        this.maxNumberLength = reading.getMaxNumberLength();
        this.maxNameLength = reading.getMaxNameLength();
        this.fastDoubles = mapper.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
        this.rootShape = type.isRecord() ? RecordShape.of(type, mapper, escapes) : null;
        this.rootType = rootShape != null ? type : null;
    }

    /**
     * A writer for {@code type} under a supported profile, or null when the type is neither a record nor a map,
     * or the mapper is configured in a way this writer does not follow. {@code mapper} is the full path's.
     */
    static <T> ValidatedWriter<T> of(SchemaProfile profile, JsonMapper mapper, Class<T> type, CodecLimits limits) {
        if (!profile.supported()
                || !(type.isRecord() || Map.class.isAssignableFrom(type))
                || mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)
                || mapper.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                || mapper.tokenStreamFactory().streamReadConstraints().getMaxTokenCount() > 0) {
            return null;
        }
        ValidatedWriter<T> writer = new ValidatedWriter<>(profile, mapper, type, limits);
        return !type.isRecord() || writer.rootShape != null ? writer : null;
    }

    /** The value as compact JSON within the document limit when it is proven valid, otherwise null. */
    String write(T value) {
        WrittenJson shared = buffers.get();
        WrittenJson out = shared.busy ? new WrittenJson() : shared;
        out.busy = true;
        out.reset();
        try {
            value(out, value, root, 0, 0);
            return out.bytes() <= maxBytes ? out.text() : null;
        } catch (RuntimeException declined) {
            // Undecided, or a map changed while it was written: the full path decides, and says why
            return null;
        } finally {
            out.busy = false;
        }
    }

    /**
     * Writes one value; {@code rule} is the rule it must meet, or null where no rule looks (inside a container
     * whose rule does not constrain its members), and {@code depth} networknt's nesting of evaluations so far.
     */
    private void value(WrittenJson out, Object value, ValueRule rule, int depth, int nesting) {
        if (rule != null) {
            out.steps += rule.steps + 2L * refChain;
            if (2 * out.steps > maxSteps) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
        }
        if (value == null) {
            check(rule, ValueRule.NULL, null, false, null);
            out.putAscii(NULL);
        } else if (value instanceof String text) {
            check(rule, ValueRule.STRING, text, false, null);
            out.putString(text, escapes);
        } else if (value instanceof Boolean truth) {
            check(rule, ValueRule.BOOLEAN, null, truth, null);
            out.putAscii(truth ? TRUE : FALSE);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            long number = ((Number) value).longValue();
            check(rule, ValueRule.INTEGER, null, false, readsNumbers(rule) ? BigDecimal.valueOf(number) : null);
            out.putAscii(Long.toString(number));
        } else if (value instanceof BigInteger integer && value.getClass() == BigInteger.class) {
            check(rule, ValueRule.INTEGER, null, false, readsNumbers(rule) ? new BigDecimal(integer) : null);
            out.putAscii(number(integer.toString()));
        } else if (value instanceof OffsetDateTime time) {
            String text = Rfc3339DateTimes.format(time);
            check(rule, ValueRule.STRING, provenDateTime(rule, time) ? null : text, false, null);
            out.putString(text, escapes);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, rule, depth, nesting);
        } else if (value instanceof Collection<?> items) {
            array(out, items, rule, depth, nesting);
        } else {
            other(out, value, rule, depth, nesting);
        }
    }

    private void other(WrittenJson out, Object value, ValueRule rule, int depth, int nesting) {
        if (value.getClass() == rootType) {
            record(out, value, rootShape, rule, depth, nesting);
        } else if (value instanceof BigDecimal decimal && value.getClass() == BigDecimal.class) {
            // Far-off exponents are left to the full path, which alone decides how such a number reads back.
            if (Math.abs(decimal.scale()) >= maxNumberLength) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            check(rule, ValueRule.NUMBER, null, false, null);
            out.putAscii(number(ExactJson.decimalText(decimal)));
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            check(rule, ValueRule.NUMBER, null, false, null);
            out.putAscii(
                    value instanceof Double
                            ? NumberOutput.toString(number, fastDoubles)
                            : NumberOutput.toString((Float) value, fastDoubles));
        } else if (value instanceof Enum<?> constant
                && shape(constant.getDeclaringClass()) instanceof EnumTexts texts) {
            EnumTexts.Text text = texts.of(constant);
            check(rule, ValueRule.STRING, text.value(), false, null);
            out.putRaw(text.json(), text.bytes());
        } else if (shape(value.getClass()) instanceof RecordShape shape) {
            record(out, value, shape, rule, depth, nesting);
        } else {
            throw ProfiledParser.Undecided.INSTANCE;
        }
    }

    /**
     * Whether {@code rule} asks nothing of a date-time's text but {@code format: date-time}, and the text
     * {@link Rfc3339DateTimes#format} writes for it passes {@link StrictDateTime} by construction: a year from 0001
     * to 9999 and an offset in whole minutes give its own layout, which java.time keeps within the calendar, 59
     * seconds, 9 fraction digits and +-18:00, and which writes a zero offset as {@code Z}.
     */
    private static boolean provenDateTime(ValueRule rule, OffsetDateTime time) {
        return rule != null
                && rule.format == StringFormat.DATE_TIME
                && rule.enumKeys == null
                && !rule.hasConst
                && rule.minLength < 0
                && rule.maxLength < 0
                && rule.pattern == null
                && time.getYear() >= 1
                && time.getYear() <= 9999
                && time.getOffset().getTotalSeconds() % 60 == 0;
    }

    /** Whether an integer's value must be compared ({@code enum}, {@code const}, bounds, {@code multipleOf}). */
    private static boolean readsNumbers(ValueRule rule) {
        return rule != null && rule.readsNumbers();
    }

    /** {@code rule}'s checks for a value, where a rule looks. */
    private static void check(ValueRule rule, int kind, String text, boolean truth, BigDecimal integer) {
        if (rule != null) {
            ProvenValues.prove(rule, kind, text, truth, integer);
        }
    }

    /** A number's text, declined when reading it back would hit the length limit. */
    private String number(String text) {
        if (text.length() >= maxNumberLength) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        return text;
    }

    private void object(WrittenJson out, Map<?, ?> map, ValueRule rule, int depth, int nesting) {
        ObjectRule object = open(ValueRule.OBJECT, rule, nesting);
        int inner = object != null ? deeper(depth, rule) : depth;
        out.put('{');
        long seen = 0;
        int count = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name) || name.length() >= maxNameLength) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            if (count++ > 0) {
                out.put(',');
            }
            out.putString(name, escapes);
            out.put(':');
            ValueRule next = null;
            if (object != null) {
                ObjectRule.Slot slot = object.slots().get(name);
                next = member(object, name, slot);
                if (slot != null) {
                    seen = see(seen, slot);
                }
            }
            value(out, entry.getValue(), next, inner, nesting + 1);
        }
        out.put('}');
        close(object, seen, count);
    }

    private void record(WrittenJson out, Object value, RecordShape shape, ValueRule rule, int depth, int nesting) {
        ObjectRule object = open(ValueRule.OBJECT, rule, nesting);
        int inner = object != null ? deeper(depth, rule) : depth;
        out.put('{');
        long seen = 0;
        int count = 0;
        for (RecordShape.Property property : shape.properties()) {
            Object member = property(property, value);
            if (member == null) {
                continue;
            }
            if (count++ > 0) {
                out.put(',');
            }
            out.putRaw(property.prefix(), property.prefixBytes());
            ValueRule next = null;
            if (object != null) {
                ObjectRule.Slot slot = object.slots().get(property.name());
                next = member(object, property.name(), slot);
                if (slot != null) {
                    seen = see(seen, slot);
                }
            }
            value(out, member, next, inner, nesting + 1);
        }
        out.put('}');
        close(object, seen, count);
    }

    @SuppressWarnings("PMD.AvoidCatchingThrowable") // a getter may throw anything; the full path reports it
    private static Object property(RecordShape.Property property, Object value) {
        try {
            return property.getter().invokeExact(value);
        } catch (RuntimeException e) {
            throw ProfiledParser.Undecided.INSTANCE;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
    }

    private void array(WrittenJson out, Collection<?> items, ValueRule rule, int depth, int nesting) {
        open(ValueRule.ARRAY, rule, nesting);
        ArrayRule array = rule != null ? rule.array : null;
        int inner = array != null ? deeper(depth, rule) : depth;
        Set<Object> uniques = array != null && array.unique() ? new HashSet<>() : null;
        out.put('[');
        int count = 0;
        for (Object item : items) {
            if (count++ > 0) {
                out.put(',');
            }
            if (uniques != null && !uniques.add(key(item))) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            value(out, item, array != null ? array.items() : null, inner, nesting + 1);
        }
        out.put(']');
        if (array != null
                && ((array.minItems() >= 0 && count < array.minItems())
                        || (array.maxItems() >= 0 && count > array.maxItems()))) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
    }

    /**
     * Checks a container against its rule and the nesting limit the written text is read back under; returns its
     * object rule when the rule looks into its members.
     */
    private ObjectRule open(int kind, ValueRule rule, int nesting) {
        if (nesting + 1 >= maxNesting) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        check(rule, kind, null, false, null);
        return rule != null ? rule.object : null;
    }

    /** networknt's nesting inside a container whose rule looks into it, declined near the evaluation limit. */
    private int deeper(int depth, ValueRule rule) {
        int inner = depth + rule.depth + refChain;
        if (2 * inner > maxDepth) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        return inner;
    }

    /** The rule for a member named {@code name}, as {@link ProfiledGenerator} finds it. */
    private static ValueRule member(ObjectRule object, String name, ObjectRule.Slot slot) {
        ValueRule next = object.ruleFor(name, slot != null && slot.declared() ? slot.rule() : null);
        if (next == null || (next == ObjectRule.UNMATCHED && object.closed())) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        if (next == ObjectRule.UNMATCHED) {
            return object.additional() != null ? object.additional() : ValueRule.ANY;
        }
        return next;
    }

    private static long see(long seen, ObjectRule.Slot slot) {
        if ((seen & slot.bit()) != 0) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        return seen | slot.bit();
    }

    private static void close(ObjectRule object, long seen, int count) {
        if (object != null
                && ((seen & object.required()) != object.required()
                        || (object.minProperties() >= 0 && count < object.minProperties())
                        || (object.maxProperties() >= 0 && count > object.maxProperties()))) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
    }

    /** An item's key for {@code uniqueItems}: only plain scalars are compared here. */
    private static Object key(Object item) {
        if (item == null) {
            return Scalars.NULL;
        }
        if (item instanceof String || item instanceof Boolean) {
            return item;
        }
        if (item instanceof Integer || item instanceof Long || item instanceof Short || item instanceof Byte) {
            return Scalars.number(BigDecimal.valueOf(((Number) item).longValue()));
        }
        if (item instanceof BigInteger integer && item.getClass() == BigInteger.class) {
            return Scalars.number(new BigDecimal(integer));
        }
        throw ProfiledParser.Undecided.INSTANCE;
    }

    /** What this writer knows of a class it meets: its record shape or enum texts, or {@link #JACKSON}. */
    private Object shape(Class<?> type) {
        Known last = recent;
        if (last.type() == type) {
            return last.shape();
        }
        Object known = shapes.get(type);
        if (known == null) {
            Object made;
            try {
                made = type.isRecord()
                        ? RecordShape.of(type, mapper, escapes)
                        : type.isEnum() ? EnumTexts.of(type, mapper) : null;
            } catch (RuntimeException unknown) {
                made = null; // Jackson's own introspection failed: it says why when it writes the value
            }
            known = made != null ? made : JACKSON;
            shapes.put(type, known);
        }
        recent = new Known(type, known);
        return known;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.realtimepresence.runtime.internal.time.Rfc3339DateTimes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a value of a generated record type straight from bytes {@link ByteScanner} has proven valid, producing
 * exactly what the strict mapper would bind: the record's canonical constructor, strings unescaped, enums by the
 * JSON value Jackson itself writes and reads for each constant, {@code Integer}/{@code Long}/{@code Double}/
 * {@code Boolean} from their own kind of token only, {@code OffsetDateTime} through {@link Rfc3339DateTimes} (the
 * codec's deserializer), lists as {@link ArrayList}, and free-form {@code Object} and {@code Map<String, Object>}
 * as Jackson's untyped binding builds them ({@link LinkedHashMap}, {@link ArrayList}, {@code Integer}, {@code Long}
 * or {@link BigInteger} by size, {@link BigDecimal} for decimals).
 *
 * <p>A type with anything else (a primitive, another annotation, another collection) has no binding; a document
 * whose tokens do not fit the types (a name the record lacks, a number for a string) is declined, and the caller
 * binds it with Jackson. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
final class ByteBinding<T> {

    private final Binder root;
    private final Class<T> type;

    private ByteBinding(Class<T> type, Binder root) {
        this.type = type;
        this.root = root;
    }

    /** The binding of {@code type}, or null when it holds anything this class does not bind as Jackson would. */
    static <T> ByteBinding<T> of(Class<T> type, JsonMapper mapper) {
        try {
            Binder root = new Planner(mapper).binder(type);
            return root instanceof RecordBinder ? new ByteBinding<>(type, root) : null;
        } catch (Unbindable e) {
            return null;
        }
    }

    /** The value in {@code input[from, to)}, which the scanner proved valid, or null when it is declined. */
    T bind(byte[] input, int from, int to) {
        Cursor cursor = new Cursor(input, from, to);
        try {
            cursor.skipWhitespace();
            Object value = root.read(cursor);
            return value == null ? null : type.cast(value);
        } catch (RuntimeException declined) {
            return null; // a constructor refusing the values, or tokens that do not fit: Jackson decides
        }
    }

    /** Reads one value of one Java type at the cursor. */
    private interface Binder {
        Object read(Cursor cursor);
    }

    /** Derives binders from types, once per type, so that recursive records end in a cycle of binders. */
    private static final class Planner {

        private final JsonMapper mapper;
        private final Map<Class<?>, RecordBinder> records = new HashMap<>();

        Planner(JsonMapper mapper) {
            this.mapper = mapper;
        }

        Binder binder(Type type) {
            if (type == String.class) {
                return Cursor::string;
            }
            if (type == Integer.class) {
                return cursor -> cursor.integer(Integer.MIN_VALUE, Integer.MAX_VALUE, true);
            }
            if (type == Long.class) {
                return cursor -> cursor.integer(Long.MIN_VALUE, Long.MAX_VALUE, false);
            }
            if (type == Double.class) {
                return Cursor::decimal;
            }
            if (type == Boolean.class) {
                return Cursor::bool;
            }
            if (type == OffsetDateTime.class) {
                return Cursor::dateTime;
            }
            if (type == Object.class) {
                return Cursor::untyped;
            }
            if (type instanceof Class<?> raw && raw.isEnum()) {
                return enumBinder(raw);
            }
            if (type instanceof Class<?> raw && raw.isRecord()) {
                return record(raw);
            }
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
                Binder items = binder(argument(parameterized, 0));
                return cursor -> cursor.list(items);
            }
            if (type instanceof ParameterizedType parameterized
                    && parameterized.getRawType() == Map.class
                    && argument(parameterized, 0) == String.class
                    && argument(parameterized, 1) == Object.class) {
                return Cursor::map;
            }
            throw new Unbindable();
        }

        private static Type argument(ParameterizedType type, int index) {
            Type argument = type.getActualTypeArguments()[index];
            if (argument instanceof WildcardType) {
                throw new Unbindable();
            }
            return argument;
        }

        /** Each constant by the JSON string Jackson writes for it, kept only when Jackson reads it back alike. */
        private Binder enumBinder(Class<?> type) {
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                try {
                    String json = mapper.writeValueAsString(constant);
                    if (json.startsWith("\"") && mapper.readValue(json, type) == constant) {
                        constants.put(mapper.readValue(json, String.class), constant);
                    }
                } catch (JacksonException e) {
                    // a constant Jackson cannot round-trip: a string naming it is declined below
                }
            }
            return cursor -> {
                String text = cursor.string();
                if (text == null) {
                    return null;
                }
                Object constant = constants.get(text);
                if (constant == null) {
                    throw ByteScanner.Declined.INSTANCE;
                }
                return constant;
            };
        }

        private Binder record(Class<?> type) {
            RecordBinder known = records.get(type);
            if (known != null) {
                return known;
            }
            if (foreignAnnotations(type.getDeclaredAnnotations()) || hasCreator(type)) {
                throw new Unbindable();
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameters[i] = components[i].getType();
                if (parameters[i].isPrimitive()) {
                    throw new Unbindable();
                }
            }
            String[] names = new String[components.length];
            MethodHandle constructor;
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameters);
                // Annotations on a component land on the constructor parameter, the field and the accessor,
                // as their targets allow: Jackson reads all of them.
                Annotation[][] onParameters = canonical.getParameterAnnotations();
                for (int i = 0; i < components.length; i++) {
                    RecordComponent component = components[i];
                    List<Annotation> annotations = new ArrayList<>(Arrays.asList(onParameters[i]));
                    annotations.addAll(Arrays.asList(component.getAnnotations()));
                    annotations.addAll(Arrays.asList(
                            type.getDeclaredField(component.getName()).getAnnotations()));
                    annotations.addAll(Arrays.asList(component.getAccessor().getAnnotations()));
                    names[i] = name(component, annotations, parameters[i]);
                }
                canonical.setAccessible(true);
                constructor = MethodHandles.lookup()
                        .unreflectConstructor(canonical)
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Unbindable();
            }
            RecordBinder binder = new RecordBinder(names, constructor);
            records.put(type, binder);
            for (int i = 0; i < components.length; i++) {
                binder.components[i] = binder(components[i].getGenericType());
            }
            return binder;
        }

        /** Whether Jackson would build the record through a creator of its own rather than the canonical one. */
        private static boolean hasCreator(Class<?> type) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(JsonCreator.class)) {
                    return true;
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.isAnnotationPresent(JsonCreator.class)) {
                    return true;
                }
            }
            return false;
        }

        /** The JSON name of a component whose annotations are all ones this class mirrors. */
        private static String name(RecordComponent component, List<Annotation> annotations, Class<?> type) {
            String name = component.getName();
            for (Annotation annotation : annotations) {
                if (annotation instanceof JsonProperty property) {
                    String value = property.value().isEmpty() ? component.getName() : property.value();
                    if (!name.equals(component.getName()) && !name.equals(value)) {
                        throw new Unbindable(); // two names for one component
                    }
                    name = value;
                } else if (annotation instanceof JsonFormat && type != OffsetDateTime.class) {
                    throw new Unbindable(); // the codec's date-time deserializer ignores it; others may not
                }
            }
            if (foreignAnnotations(annotations.toArray(new Annotation[0]))) {
                throw new Unbindable();
            }
            return name;
        }

        /**
         * Whether Jackson annotations beyond those generated records carry are present: any of them might change
         * the binding ({@code @JsonDeserialize}, {@code @JsonSetter}, {@code @JsonAlias}, ...).
         */
        private static boolean foreignAnnotations(Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                String name = annotation.annotationType().getName();
                boolean jackson = name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson.");
                boolean known = annotation instanceof JsonProperty
                        || annotation instanceof JsonFormat
                        || name.equals("com.fasterxml.jackson.annotation.JsonInclude")
                        || name.equals("com.fasterxml.jackson.annotation.JsonPropertyOrder");
                if (jackson && !known) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A record: its properties by name, bound through the canonical constructor. */
    private static final class RecordBinder implements Binder {

        private final byte[][] names;
        private final Binder[] components;
        private final MethodHandle constructor;

        RecordBinder(String[] names, MethodHandle constructor) {
            this.names = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                this.names[i] = names[i].getBytes(StandardCharsets.UTF_8);
            }
            this.components = new Binder[names.length];
            this.constructor = constructor;
        }

        @Override
        public Object read(Cursor cursor) {
            if (cursor.literalNull()) {
                return null;
            }
            Object[] values = new Object[components.length];
            cursor.expect('{');
            if (!cursor.endOf('}')) {
                do {
                    int index = cursor.name(names);
                    if (index < 0) {
                        throw ByteScanner.Declined
                                .INSTANCE; // a property the record lacks: Jackson refuses or ignores it
                    }
                    values[index] = components[index].read(cursor);
                } while (cursor.next('}'));
            }
            try {
                return constructor.invokeExact(values);
            } catch (Throwable refused) {
                throw ByteScanner.Declined.INSTANCE;
            }
        }
    }

    /** Reads tokens from bytes the scanner has proven to be well-formed JSON. */
    private static final class Cursor {

        private final byte[] in;
        private final int end;
        private int pos;

        Cursor(byte[] in, int from, int to) {
            this.in = in;
            this.pos = from;
            this.end = to;
        }

        void skipWhitespace() {
            while (pos < end && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\r' || in[pos] == '\t')) {
                pos++;
            }
        }

        void expect(char c) {
            if (pos >= end || in[pos] != c) {
                throw ByteScanner.Declined.INSTANCE;
            }
            pos++;
            skipWhitespace();
        }

        /** Past an opening bracket's whitespace: true (and past it) when the container closes at once. */
        boolean endOf(char close) {
            if (pos < end && in[pos] == close) {
                pos++;
                skipWhitespace();
                return true;
            }
            return false;
        }

        /** After a member: true when another follows the comma, false (and past it) at {@code close}. */
        boolean next(char close) {
            skipWhitespace();
            if (pos < end && in[pos] == ',') {
                pos++;
                skipWhitespace();
                return true;
            }
            expect(close);
            return false;
        }

        boolean literalNull() {
            if (pos < end && in[pos] == 'n') {
                pos += 4;
                skipWhitespace();
                return true;
            }
            return false;
        }

        /** The index of the name at the cursor among {@code names}, or -1; left at the start of its value. */
        int name(byte[][] names) {
            int start = pos + 1;
            int close = close(start);
            pos = close + 1;
            skipWhitespace();
            expect(':');
            for (int i = 0; i < names.length; i++) {
                byte[] name = names[i];
                if (name.length == close - start && ShortBytes.same(name, 0, in, start, name.length)) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the quote that closes the string whose content starts at {@code p}. */
        private int close(int p) {
            while (in[p] != '"') {
                p += in[p] == '\\' ? 2 : 1;
            }
            return p;
        }

        String string() {
            if (literalNull()) {
                return null;
            }
            if (in[pos] != '"') {
                throw ByteScanner.Declined.INSTANCE;
            }
            int start = pos + 1;
            int close = close(start);
            pos = close + 1;
            skipWhitespace();
            return text(start, close);
        }

        /** The text of the string content {@code in[start, close)}, unescaped. */
        private String text(int start, int close) {
            int backslash = start;
            while (backslash < close && in[backslash] != '\\') {
                backslash++;
            }
            if (backslash == close) {
                return new String(in, start, close - start, StandardCharsets.UTF_8);
            }
            StringBuilder text = new StringBuilder(close - start);
            text.append(new String(in, start, backslash - start, StandardCharsets.UTF_8));
            int p = backslash;
            while (p < close) {
                int run = p;
                while (run < close && in[run] != '\\') {
                    run++;
                }
                if (run > p) {
                    text.append(new String(in, p, run - p, StandardCharsets.UTF_8));
                    p = run;
                    continue;
                }
                byte escaped = in[p + 1];
                p += 2;
                switch (escaped) {
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(new String(in, p, 4, StandardCharsets.US_ASCII), 16));
                        p += 4;
                    }
                    default -> text.append((char) escaped); // " \ /
                }
            }
            return text.toString();
        }

        Object bool() {
            if (literalNull()) {
                return null;
            }
            Boolean value;
            if (in[pos] == 't') {
                pos += 4;
                value = Boolean.TRUE;
            } else if (in[pos] == 'f') {
                pos += 5;
                value = Boolean.FALSE;
            } else {
                throw ByteScanner.Declined.INSTANCE;
            }
            skipWhitespace();
            return value;
        }

        OffsetDateTime dateTime() {
            String text = string();
            if (text == null) {
                return null;
            }
            try {
                return Rfc3339DateTimes.parse(text);
            } catch (DateTimeException e) {
                throw ByteScanner.Declined.INSTANCE;
            }
        }

        /** An integer token within {@code [min, max]}; anything else declines. */
        Object integer(long min, long max, boolean asInt) {
            if (literalNull()) {
                return null;
            }
            int start = pos;
            int stop = numberEnd();
            String text = new String(in, start, stop - start, StandardCharsets.US_ASCII);
            if (decimal(start, stop) || stop - start > 20) {
                throw ByteScanner.Declined.INSTANCE;
            }
            long value;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw ByteScanner.Declined.INSTANCE;
            }
            if (value < min || value > max) {
                throw ByteScanner.Declined.INSTANCE;
            }
            return asInt ? (Object) (int) value : (Object) value;
        }

        /** A decimal token as a {@code Double}; an integer token declines (Jackson's coercion rules decide). */
        Object decimal() {
            if (literalNull()) {
                return null;
            }
            int start = pos;
            int stop = numberEnd();
            if (!decimal(start, stop)) {
                throw ByteScanner.Declined.INSTANCE;
            }
            return Double.parseDouble(new String(in, start, stop - start, StandardCharsets.US_ASCII));
        }

        List<Object> list(Binder items) {
            if (literalNull()) {
                return null;
            }
            expect('[');
            List<Object> list = new ArrayList<>();
            if (!endOf(']')) {
                do {
                    list.add(items.read(this));
                } while (next(']'));
            }
            return list;
        }

        Map<String, Object> map() {
            if (literalNull()) {
                return null;
            }
            if (in[pos] != '{') {
                throw ByteScanner.Declined.INSTANCE;
            }
            return object();
        }

        private Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            if (!endOf('}')) {
                do {
                    int start = pos + 1;
                    int close = close(start);
                    pos = close + 1;
                    skipWhitespace();
                    expect(':');
                    map.put(text(start, close), untyped());
                } while (next('}'));
            }
            return map;
        }

        /** Any value as Jackson's untyped binding reads it under the strict mapper. */
        Object untyped() {
            switch (in[pos]) {
                case '{' -> {
                    return object();
                }
                case '[' -> {
                    return list(Cursor::untyped);
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    pos += 4;
                    skipWhitespace();
                    return true;
                }
                case 'f' -> {
                    pos += 5;
                    skipWhitespace();
                    return false;
                }
                case 'n' -> {
                    pos += 4;
                    skipWhitespace();
                    return null;
                }
                default -> {
                    int start = pos;
                    int stop = numberEnd();
                    String text = new String(in, start, stop - start, StandardCharsets.US_ASCII);
                    if (decimal(start, stop)) {
                        return new BigDecimal(text);
                    }
                    BigInteger value = new BigInteger(text);
                    if (value.bitLength() < Integer.SIZE) {
                        return value.intValue();
                    }
                    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
                }
            }
        }

        /** Past the number at the cursor and its whitespace; where the number ends. */
        private int numberEnd() {
            int start = pos;
            while (pos < end && isNumberByte(in[pos])) {
                pos++;
            }
            if (pos == start) {
                throw ByteScanner.Declined.INSTANCE;
            }
            int stop = pos;
            skipWhitespace();
            return stop;
        }

        private static boolean isNumberByte(byte b) {
            return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
        }

        private boolean decimal(int start, int stop) {
            for (int i = start; i < stop; i++) {
                if (in[i] == '.' || in[i] == 'e' || in[i] == 'E') {
                    return true;
                }
            }
            return false;
        }
    }

    /** A type outside what this class binds. */
    private static final class Unbindable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unbindable() {
            super("not bound from bytes", null, false, false);
        }
    }
}

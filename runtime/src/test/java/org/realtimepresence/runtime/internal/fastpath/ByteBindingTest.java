// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding from bytes against Jackson's own binding with the strict mapper, on records shaped like generated ones:
 * every value it builds equals Jackson's, with the same classes inside free-form values, and whatever does not
 * fit the type is declined rather than bound differently.
 */
class ByteBindingTest {

    enum Colour {
        RED("red"),
        DARK_BLUE("dark blue");

        private final String value;

        Colour(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @JsonCreator
        public static Colour fromValue(String value) {
            for (Colour colour : values()) {
                if (colour.value.equals(value)) {
                    return colour;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    record Point(@JsonProperty("x") Integer x, @JsonProperty("y") Integer y) {}

    record Shape(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty("colour") Colour colour,
            @JsonProperty("count") Integer count,
            @JsonProperty("total") Long total,
            @JsonProperty("ratio") Double ratio,
            @JsonProperty("open") Boolean open,
            @JsonProperty("at") OffsetDateTime at,
            @JsonProperty("points") List<Point> points,
            @JsonProperty("labels") List<String> labels,
            @JsonProperty("data") Map<String, Object> data,
            @JsonProperty("any") Object any,
            @JsonProperty("parent") Shape parent) {

        Shape {
            Objects.requireNonNull(name, "name");
        }
    }

    record Defaulted(@JsonProperty("name") @JsonSetter(nulls = Nulls.AS_EMPTY) String name) {}

    record Primitive(@JsonProperty("count") int count) {}

    record Created(@JsonProperty("name") String name) {

        @JsonCreator
        static Created of(@JsonProperty("name") String name) {
            return new Created(name + "!");
        }
    }

    record Renamed(@JsonProperty("label") String name, @JsonProperty("other") String other) {}

    private final JsonMapper mapper = StrictMapper.create(CodecLimits.DEFAULTS);
    private final ByteBinding<Shape> binding = ByteBinding.of(Shape.class, mapper);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"n\"}",
                " { \"name\" : \"n\" , \"colour\" : \"dark blue\" } ",
                "{\"name\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20ac \u00fc\ud83d\ude00\",\"colour\":null}",
                "{\"name\":\"n\",\"count\":-2147483648,\"total\":9223372036854775807,\"ratio\":-1.5e-3,"
                        + "\"open\":false,\"at\":\"2024-02-29T23:59:59.123456789+05:30\"}",
                "{\"name\":\"n\",\"at\":\"2016-12-31t23:59:60.5z\",\"count\":null,\"total\":-0,\"ratio\":1E400}",
                "{\"name\":\"n\",\"points\":[{\"x\":1,\"y\":2},{\"x\":null},null],\"labels\":[\"a\",null,\"\"]}",
                "{\"name\":\"n\",\"points\":[],\"labels\":[],\"data\":{}}",
                "{\"name\":\"n\",\"data\":{\"i\":1,\"l\":2147483648,\"m\":-2147483649,\"b\":9223372036854775808,"
                        + "\"d\":1.50,\"e\":1E2,\"f\":-0.0,\"t\":true,\"u\":false,\"z\":null,\"s\":\"\\u0041\","
                        + "\"o\":{\"a\":[1,[2,{}],\"x\"]},\"\\u00e9\":[]}}",
                "{\"name\":\"n\",\"any\":[1,2.5,\"s\",{\"k\":null}]}",
                "{\"name\":\"n\",\"any\":-12345678901234567890123}",
                "{\"name\":\"n\",\"any\":\"text\"}",
                "{\"name\":\"child\",\"parent\":{\"name\":\"parent\",\"parent\":null,\"data\":{\"k\":[true]}}}"
            })
    void bindsWhatJacksonBinds(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Shape expected = mapper.readValue(bytes, Shape.class);

        Shape bound = binding.bind(bytes, 0, bytes.length);

        assertThat(bound).isEqualTo(expected);
        assertThat(classes(bound.data())).isEqualTo(classes(expected.data()));
        assertThat(classes(bound.any())).isEqualTo(classes(expected.any()));
        byte[] framed = ("[\n" + json + "]").getBytes(StandardCharsets.UTF_8);
        assertThat(binding.bind(framed, 2, framed.length - 1)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"n\",\"unknown\":1}", // a property the record lacks
                "{\"name\":\"n\",\"colour\":\"blue\"}", // no such constant
                "{\"name\":\"n\",\"colour\":\"RED\"}", // the constant's name is not its JSON value
                "{\"name\":\"n\",\"count\":2147483648}", // beyond an Integer
                "{\"name\":\"n\",\"count\":1.0}", // a decimal for an Integer
                "{\"name\":\"n\",\"ratio\":1}", // an integer for a Double: Jackson's coercion rules decide
                "{\"name\":\"n\",\"count\":\"1\"}", // a string for an Integer
                "{\"name\":1}", // a number for a String
                "{\"name\":\"n\",\"open\":\"true\"}",
                "{\"name\":\"n\",\"at\":\"2023-02-29T00:00:00Z\"}", // no such day
                "{\"name\":\"n\",\"data\":[]}",
                "{\"name\":\"n\",\"points\":{}}",
                "{\"count\":1}", // the constructor refuses a missing name
                "[]"
            })
    void declinesWhatDoesNotFitTheType(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(binding.bind(bytes, 0, bytes.length)).isNull();
    }

    @Test
    void leavesTypesItCannotMirrorToJackson() {
        assertThat(ByteBinding.of(Defaulted.class, mapper)).isNull();
        assertThat(ByteBinding.of(Primitive.class, mapper)).isNull();
        assertThat(ByteBinding.of(Created.class, mapper)).isNull();
        assertThat(ByteBinding.of(String.class, mapper)).isNull();
        assertThat(ByteBinding.of(Object.class, mapper)).isNull();
    }

    @Test
    void readsTheJsonNamesOfComponents() {
        byte[] bytes = "{\"label\":\"l\",\"other\":\"o\"}".getBytes(StandardCharsets.UTF_8);
        byte[] javaName = "{\"name\":\"l\"}".getBytes(StandardCharsets.UTF_8);
        ByteBinding<Renamed> renamed = ByteBinding.of(Renamed.class, mapper);

        assertThat(renamed.bind(bytes, 0, bytes.length)).isEqualTo(mapper.readValue(bytes, Renamed.class));
        assertThat(renamed.bind(javaName, 0, javaName.length)).isNull();
    }

    /** The classes of a free-form value, nested, so that 1 bound as a Long instead of an Integer shows. */
    private static Object classes(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + classes(entry.getValue()))
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ByteBindingTest::classes).toList();
        }
        return value == null ? "null" : value.getClass().getName();
    }
}

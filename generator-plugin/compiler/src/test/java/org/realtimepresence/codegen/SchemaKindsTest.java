// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.GoldenFiles;
import org.realtimepresence.codegen.testing.RecordingLog;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.databind.json.JsonMapper;

/**
 * One schema per kind of output the generator owns beyond jsonschema2pojo's beans: a union told apart
 * by a discriminator, a union told apart by deduction, scalar unions and the plain-JSON fallback, exact
 * numbers, a root {@code $ref} with colliding property names, a root array, string {@code const}s as
 * one-value enums, a record with nested records for its inline objects and an open object's map, and
 * a root enum. Each is pinned by a golden file, compiled strictly, and bound with a plain Jackson 3
 * {@code JsonMapper} and a plain Jackson 2 {@code ObjectMapper}.
 *
 * <p>After an intended change, refresh the golden files with
 * {@code mvn -pl generator-plugin/compiler -am test -Dinvoker.skip -Dtest=SchemaKindsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true} and review the diff.
 */
class SchemaKindsTest {

    private static final String PACKAGE = "org.example.kinds";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/kinds");
    private static final List<String> SCHEMAS = List.of(
            "payment.json",
            "contact.json",
            "numbers.json",
            "config.json",
            "tags.json",
            "staff.json",
            "signal.json",
            "order.json",
            "colour.json");

    /** A valid {@code signal.json} instance: every string {@code const} has its only value. */
    private static final String SIGNAL = "{\"version\":\"v1\",\"kind\":\"signal\",\"level\":3,\"origin\":\"edge\"}";

    @TempDir
    static Path work;

    private static CompiledTypes compiled;

    private final JsonMapper jackson3 = JsonMapper.builder().build();
    private final com.fasterxml.jackson.databind.ObjectMapper jackson2 =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeAll
    static void generateAndCompile() throws Exception {
        for (String schema : SCHEMAS) {
            TestSchemas.copyResource("kinds/" + schema, work.resolve("schemas"), schema);
        }
        compiled = CompiledTypes.of(work, PACKAGE);
    }

    @AfterAll
    static void release() throws IOException {
        compiled.close();
    }

    @Test
    void everySchemaHasARootTypeOfItsOwnName() {
        assertThat(compiled.result().types())
                .containsExactly(
                        PACKAGE + ".Colour",
                        PACKAGE + ".Config",
                        PACKAGE + ".Contact",
                        PACKAGE + ".Numbers",
                        PACKAGE + ".Order",
                        PACKAGE + ".Payment",
                        PACKAGE + ".Signal",
                        PACKAGE + ".Staff",
                        PACKAGE + ".Tags");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Payment",
                "Card",
                "ReachAt",
                "ReachAtPhone",
                "Contact",
                "Numbers",
                "Config",
                "Tags",
                "Staff",
                "Signal",
                "Order",
                "Colour"
            })
    void matchesItsGoldenFile(String type) throws IOException {
        Path generated = compiled.target().resolve("generated-sources/org/example/kinds/" + type + ".java");
        GoldenFiles.assertMatches(generated, GOLDEN.resolve(type + ".java"));
    }

    @Test
    void aDiscriminatedUnionIsASealedInterfaceThatBothJacksonsReadByTheDiscriminator() throws Exception {
        Class<?> payment = compiled.load(PACKAGE + ".Payment");
        Class<?> card = compiled.load(PACKAGE + ".Card");
        Class<?> transfer = compiled.load(PACKAGE + ".Transfer");
        assertThat(payment.isSealed()).isTrue();
        assertThat(payment.getPermittedSubclasses()).containsExactly(card, transfer);
        assertThat(Modifier.isFinal(card.getModifiers())).isTrue();

        String json = "{\"kind\":\"transfer\",\"iban\":\"DE02\"}";
        Object read3 = jackson3.readValue(json, payment);
        Object read2 = jackson2.readValue(json, payment);

        assertThat(read3).isInstanceOf(transfer);
        assertThat(read2).isInstanceOf(transfer);
        assertThat(jackson3.writeValueAsString(read3)).isEqualTo(json);
        assertThat(jackson2.writeValueAsString(read2)).isEqualTo(json);
    }

    @Test
    void aUnionBranchStaysClosedUnderBothJacksons() throws Exception {
        Class<?> payment = compiled.load(PACKAGE + ".Payment");
        String json = "{\"kind\":\"card\",\"number\":\"4111\",\"cvv\":\"123\"}";

        assertThatThrownBy(() -> jackson3.readValue(json, payment))
                .hasMessageContaining("Unrecognized property \"cvv\"");
        assertThatThrownBy(() -> jackson2.readValue(json, payment))
                .hasMessageContaining("Unrecognized property \"cvv\"");
    }

    @Test
    void aUnionWithoutDiscriminatorIsReadByTheRequiredPropertyOnlyOneBranchHas() throws Exception {
        Class<?> contact = compiled.load(PACKAGE + ".Contact");
        Class<?> phone = compiled.load(PACKAGE + ".ReachAtPhone");
        String json = "{\"reachAt\":{\"phone\":\"+49 30 1234\"},\"priority\":12345678901234567.89,\"count\":5}";
        // Deduction names the branch by class name, which Jackson loads through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(contact.getClassLoader());
        try {
            for (Object read : List.of(jackson3.readValue(json, contact), jackson2.readValue(json, contact))) {
                assertThat(field(read, "reachAt")).isInstanceOf(phone);
                assertThat(field(read, "priority")).isEqualTo(new BigDecimal("12345678901234567.89"));
                assertThat(field(read, "count")).isEqualTo(5L);
            }
            assertThat(jackson3.writeValueAsString(jackson3.readValue(json, contact)))
                    .isEqualTo(json);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void scalarUnionsGetTheirNarrowestCommonTypeAndTheRestIsPlainJson() throws Exception {
        Class<?> contact = compiled.load(PACKAGE + ".Contact");

        assertThat(contact.getDeclaredField("priority").getType()).isEqualTo(BigDecimal.class);
        assertThat(contact.getDeclaredField("nickname").getType()).isEqualTo(String.class);
        assertThat(contact.getDeclaredField("count").getType()).isEqualTo(Long.class);
        assertThat(contact.getDeclaredField("note").getType()).isEqualTo(Object.class);
    }

    @Test
    void theFallbackToPlainJsonIsAWarningNamingTheFileAndPointer() throws Exception {
        Path schemas = work.resolve("warned");
        Path schema = TestSchemas.copyResource("kinds/contact.json", schemas, "contact.json");
        RecordingLog log = new RecordingLog();

        new SchemaCodegen().run(TestSchemas.request(schemas, work.resolve("warned-target"), PACKAGE), log);

        assertThat(log.at("WARN"))
                .containsExactly(schema.toAbsolutePath().normalize() + "#/properties/note: oneOf of"
                        + " string, object has no Java type narrower than Object: the value is kept as plain JSON (Map, List,"
                        + " String, Number, Boolean, null) and only the runtime validator checks its shape.");
    }

    @Test
    void unionBranchesWithBlankTitlesAreNamedByPosition() throws Exception {
        Path schemas = work.resolve("blank");
        TestSchemas.write(
                schemas,
                "shape.json",
                "{\"oneOf\": ["
                        + "{\"title\": \"\", \"type\": \"object\", \"required\": [\"a\"], \"properties\": {\"a\": {\"type\": \"string\"}}},"
                        + "{\"title\": \" \", \"type\": \"object\", \"required\": [\"b\"], \"properties\": {\"b\": {\"type\": \"string\"}}}]}");
        Path target = work.resolve("blank-target");

        new SchemaCodegen().run(TestSchemas.request(schemas, target, PACKAGE), CodegenLog.silent());

        assertThat(target.resolve("generated-sources/org/example/kinds/Shape.java"))
                .content()
                .contains("public sealed interface Shape permits ShapeVariant1, ShapeVariant2 {");
    }

    @Test
    void numbersAreExactAndIntegersAreLongOrBigIntegerBeyondLong() throws Exception {
        Class<?> numbers = compiled.load(PACKAGE + ".Numbers");
        String json = "{\"amount\":12345678901234567.89,\"count\":9007199254740993,\"huge\":99999999999999999999}";

        for (Object read : List.of(jackson3.readValue(json, numbers), jackson2.readValue(json, numbers))) {
            assertThat(field(read, "amount")).isEqualTo(new BigDecimal("12345678901234567.89"));
            assertThat(field(read, "count")).isEqualTo(9007199254740993L);
            assertThat(field(read, "huge")).isEqualTo(new BigInteger("99999999999999999999"));
        }
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, numbers)))
                .isEqualTo(json);
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, numbers)))
                .isEqualTo(json);
    }

    @Test
    void useDoubleNumbersAsksForDouble() throws Exception {
        Path schemas = work.resolve("doubles");
        TestSchemas.copyResource("kinds/numbers.json", schemas, "numbers.json");
        Path target = work.resolve("doubles-target");

        new SchemaCodegen()
                .run(TestSchemas.request(schemas, target, PACKAGE).withUseDoubleNumbers(true), CodegenLog.silent());

        assertThat(target.resolve("generated-sources/org/example/kinds/Numbers.java"))
                .content()
                .contains(
                        "@JsonProperty(\"amount\") Double amount",
                        "@JsonProperty(\"count\") Long count",
                        "@JsonProperty(\"huge\") BigInteger huge");
    }

    @Test
    void aRootRefIsTheReferencedTypeUnderTheRootNameWithDistinctPropertyNames() throws Exception {
        Class<?> config = compiled.load(PACKAGE + ".Config");
        String json = "{\"_config\":\"a\",\"config\":\"on\",\"additionalProperties\":true,\"level\":\"debug\"}";

        assertThat(config.getDeclaredField("config").getType()).isEqualTo(String.class);
        assertThat(config.getDeclaredField("additionalProperties2").getType()).isEqualTo(Boolean.class);
        for (Object read : List.of(jackson3.readValue(json, config), jackson2.readValue(json, config))) {
            assertThat(field(read, "config")).isEqualTo("a");
            assertThat(field(read, "additionalProperties2")).isEqualTo(true);
        }
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, config)))
                .isEqualTo(json);
        assertThat(field(jackson3.readValue("{}", config), "level")).hasToString("info");
    }

    @Test
    void allOfMergesThePropertiesOfItsBranchesIncludingThoseBehindARef() throws Exception {
        Class<?> staff = compiled.load(PACKAGE + ".Staff");
        String json = "{\"name\":\"Ann\",\"age\":41,\"role\":\"lead\"}";

        assertThat(staff.getDeclaredField("name").getType()).isEqualTo(String.class);
        assertThat(staff.getDeclaredField("role").getType()).isEqualTo(String.class);
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, staff))).isEqualTo(json);
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, staff))).isEqualTo(json);
    }

    @Test
    void aRootArrayIsAWrapperThatReadsAndWritesAsTheArray() throws Exception {
        Class<?> tags = compiled.load(PACKAGE + ".Tags");
        String json = "[{\"name\":\"a\"},{\"name\":\"b\"}]";

        Object read3 = jackson3.readValue(json, tags);
        Object read2 = jackson2.readValue(json, tags);

        assertThat(jackson3.writeValueAsString(read3)).isEqualTo(json);
        assertThat(jackson2.writeValueAsString(read2)).isEqualTo(json);
        assertThat(read3).isEqualTo(jackson3.readValue(json, tags)).hasSameHashCodeAs(jackson3.readValue(json, tags));
        assertThat(tags.getField("SCHEMA_RESOURCE").get(null)).isEqualTo("org/example/kinds/tags.json");
    }

    @Test
    void aStringConstIsAOneValueEnumAlsoBehindARef() throws Exception {
        Class<?> signal = compiled.load(PACKAGE + ".Signal");

        assertThat(compiled.load(PACKAGE + ".Signal$Version").getEnumConstants())
                .extracting(Object::toString)
                .containsExactly("v1");
        assertThat(compiled.load(PACKAGE + ".Signal$Kind").getEnumConstants())
                .extracting(Object::toString)
                .containsExactly("signal");
        assertThat(compiled.load(PACKAGE + ".Signal$Origin").getEnumConstants())
                .extracting(Object::toString)
                .containsExactly("edge");
        assertThat(signal.getDeclaredField("level").getType()).isEqualTo(Long.class);
    }

    @Test
    void aStringConstReadsAndWritesItsOnlyValueUnderBothJacksons() throws Exception {
        Class<?> signal = compiled.load(PACKAGE + ".Signal");

        assertThat(jackson3.writeValueAsString(jackson3.readValue(SIGNAL, signal)))
                .isEqualTo(SIGNAL);
        assertThat(jackson2.writeValueAsString(jackson2.readValue(SIGNAL, signal)))
                .isEqualTo(SIGNAL);
    }

    @Test
    void bothJacksonsRefuseAnyOtherValueOfAStringConst() throws Exception {
        Class<?> signal = compiled.load(PACKAGE + ".Signal");
        for (String json : List.of(SIGNAL.replace("\"v1\"", "\"v2\""), SIGNAL.replace("\"edge\"", "\"core\""))) {
            assertThatThrownBy(() -> jackson3.readValue(json, signal)).as(json).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> jackson2.readValue(json, signal)).as(json).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aConstOfAnotherKindIsLeftToTheValidatorAndTheLineSaysSo() throws Exception {
        Path schemas = work.resolve("logged");
        TestSchemas.copyResource("kinds/signal.json", schemas, "signal.json");
        RecordingLog log = new RecordingLog();

        new SchemaCodegen().run(TestSchemas.request(schemas, work.resolve("logged-target"), PACKAGE), log);

        assertThat(log.at("INFO")).anySatisfy(line -> assertThat(line)
                .startsWith("Schema signal.json: types express [")
                .contains(" const,", "; left to the runtime validator [const at #/properties/level]"));
    }

    @Test
    void inlineObjectsAreRecordsNestedInTheirParentAndReadUnderBothJacksons() throws Exception {
        Class<?> order = compiled.load(PACKAGE + ".Order");
        Class<?> address = compiled.load(PACKAGE + ".Order$Address");
        Class<?> line = compiled.load(PACKAGE + ".Order$Line");
        String json = "{\"id\":\"o-1\",\"placedAt\":\"2024-05-01T10:00:00+02:00\",\"status\":\"shipped\","
                + "\"address\":{\"city\":\"Berlin\"},\"lines\":[{\"sku\":\"a\",\"quantity\":2}],"
                + "\"tags\":[\"b\",\"a\",\"b\"],\"attributes\":{\"gift\":true,\"note\":null}}";

        assertThat(order.isRecord() && address.isRecord() && line.isRecord()).isTrue();
        assertThat(address.getEnclosingClass()).isEqualTo(order);
        for (Object read :
                List.of(jackson3.readValue(json, order), jackson2WithTime().readValue(json, order))) {
            assertThat(field(read, "address")).isInstanceOf(address);
            assertThat(((List<?>) field(read, "lines")).get(0)).isInstanceOf(line);
        }
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, order))).isEqualTo(json);
        assertThat(jackson2WithTime().writeValueAsString(jackson2WithTime().readValue(json, order)))
                .isEqualTo(json);
        assertThatThrownBy(() -> jackson3.readValue(json.replace("\"city\"", "\"zip\":\"1\",\"city\""), order))
                .hasMessageContaining("Unrecognized property \"zip\": Address allows no additional properties");
    }

    @Test
    void aRecordKeepsItsRequiredPropertiesItsDefaultsAndUnmodifiableCollections() throws Exception {
        Class<?> order = compiled.load(PACKAGE + ".Order");
        String json = "{\"id\":\"o-1\",\"address\":{\"city\":\"Berlin\"},\"lines\":[]}";
        Object read = jackson3.readValue(json, order);

        assertThat(field(read, "status")).hasToString("open");
        assertThatThrownBy(() -> ((List<?>) field(read, "lines")).add(null))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> jackson3.readValue("{\"address\":{\"city\":\"x\"},\"lines\":[],\"id\":null}", order))
                .hasMessageContaining("\"id\" is required");
        assertThatThrownBy(() -> jackson2.readValue("{\"lines\":[]}", order))
                .hasMessageContaining("Missing required creator property 'id'");
    }

    @Test
    void theBuilderNamesEveryMissingRequiredPropertyAtOnce() throws Exception {
        Class<?> order = compiled.load(PACKAGE + ".Order");
        Object builder = order.getMethod("builder").invoke(null);
        builder.getClass().getMethod("id", String.class).invoke(builder, "o-1");
        java.lang.reflect.Method build = builder.getClass().getMethod("build");

        assertThatThrownBy(() -> build.invoke(builder))
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Order: missing required address, lines");
    }

    @Test
    void aRootEnumReadsAndWritesItsWireValuesUnderBothJacksons() throws Exception {
        Class<?> colour = compiled.load(PACKAGE + ".Colour");

        for (String wire : List.of("\"red\"", "\"light green\"", "\"BLUE\"")) {
            assertThat(jackson3.writeValueAsString(jackson3.readValue(wire, colour)))
                    .isEqualTo(wire);
            assertThat(jackson2.writeValueAsString(jackson2.readValue(wire, colour)))
                    .isEqualTo(wire);
        }
        assertThatThrownBy(() -> jackson2.readValue("\"RED\"", colour)).hasMessageContaining("RED");
    }

    /** Jackson 2 needs the JSR-310 module for {@code format: date-time}, as the README says. */
    private static com.fasterxml.jackson.databind.ObjectMapper jackson2WithTime() {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
    }

    private static Object field(Object bean, String name) throws ReflectiveOperationException {
        Field field = bean.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(bean);
    }
}

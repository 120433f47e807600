// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.internal.validation.NetworkntConfiguration;

/** The schema-generic core with a type and schema that have nothing to do with presence. */
class SchemaCodecTest {

    /** Stands in for any generated type. */
    record Point(int x, int y) {}

    private static final String POINT_SCHEMA = "org/realtimepresence/runtime/point.json";

    private final SchemaCodec<Point> points = SchemaCodec.of(Point.class, POINT_SCHEMA, CodecLimits.DEFAULTS);

    @Test
    void bindsAnyTypeAgainstItsOwnSchema() {
        assertThat(points.decode("{\"x\":1,\"y\":2}").value()).contains(new Point(1, 2));
        assertThat(points.write(new Point(3, 4))).isEqualTo("{\"x\":3,\"y\":4}");
    }

    @Test
    void validatesARecordWhereItStandsInALargerBuffer() {
        byte[] buffer = "{\"x\":1,\"y\":2}\n{\"x\":1,\"y\":200}\n".getBytes(StandardCharsets.UTF_8);

        assertThat(points.validate(buffer, 0, 13)).isEmpty();
        assertThat(points.validate(buffer, 14, 29))
                .isEqualTo(points.validate(Arrays.copyOfRange(buffer, 14, 29)))
                .extracting(Violation::pointer)
                .containsExactly("/y");
        assertThat(points.validate(buffer, 0, 14)).isEmpty();
        assertThatThrownBy(() -> points.validate(buffer, 14, 99)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void reportsEverySchemaKeywordItFails() {
        Decoded<Point> decoded = points.decode("{\"x\":\"1\",\"y\":101,\"z\":0}");

        assertThat(decoded.value()).isEmpty();
        assertThat(decoded.violations())
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("/x", "type"), tuple("/y", "maximum"), tuple("/z", "additionalProperties"));
        assertThatThrownBy(() -> points.write(new Point(1, 500)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/y");
    }

    @Test
    void capsTheReportAfterOrderingItByPointer() {
        StringBuilder json = new StringBuilder("{\"x\":1,\"y\":2");
        for (int i = 0; i < 150; i++) {
            json.append(",\"p").append(1000 + i).append("\":0");
        }
        String document = json.append('}').toString();

        List<Violation> standard = points.decode(document).violations();
        List<Violation> capped = SchemaCodec.of(Point.class, POINT_SCHEMA, CodecLimits.DEFAULTS.withMaxViolations(5))
                .decode(document)
                .violations();

        assertThat(standard).hasSize(100).isSorted();
        assertThat(standard.get(0).pointer()).isEqualTo("/p1000");
        assertThat(capped).containsExactlyElementsOf(standard.subList(0, 5));
    }

    @Test
    void schemaEvaluationIsBoundedForUntrustedInput() {
        SchemaCodec<Point> stingy =
                SchemaCodec.of(Point.class, POINT_SCHEMA, CodecLimits.DEFAULTS.withMaxEvaluationSteps(2));

        assertThat(stingy.decode("{\"x\":1,\"y\":2}").violations())
                .extracting(Violation::keyword)
                .containsExactly(Violation.LIMIT);
    }

    @Test
    void neverFetchesASchemaFromTheNetwork() {
        // The schema is compiled up front, so the refusal comes when the codec is built, not mid-traffic.
        assertThatThrownBy(() -> SchemaCodec.of(
                        Object.class, "org/realtimepresence/runtime/remote-ref.json", CodecLimits.DEFAULTS))
                .hasMessageContaining("https://example.com/never-fetched.json")
                .hasMessageContaining("not allowed to be loaded");
    }

    @Test
    void refusesToMapSchemaIdsAnywhereButTheClasspath() {
        assertThatThrownBy(() -> NetworkntConfiguration.registry(
                        getClass().getClassLoader(),
                        java.util.Map.of("http://localhost:1234/", "https://elsewhere.example/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only be mapped onto the classpath");
    }

    @Test
    void aMissingSchemaResourceFailsWhenTheCodecIsBuiltNamingTheTypeAndTheResource() {
        assertThatThrownBy(() -> SchemaCodec.of(Point.class, "no/such/schema.json", CodecLimits.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Point.class.getName())
                .hasMessageContaining("no/such/schema.json");
    }

    @Test
    void readThrowsEveryViolationAndDecodeReturnsThem() {
        assertThat(points.read("{\"x\":1,\"y\":2}")).isEqualTo(new Point(1, 2));
        assertThatThrownBy(() -> points.read("{\"x\":\"1\",\"y\":101}"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer)
                        .containsExactly("/x", "/y"))
                .hasMessageStartingWith("Invalid Point: 2 violations: /x [type] ");
        assertThat(points.validate("{\"x\":1}")).extracting(Violation::keyword).containsExactly("required");
        assertThat(points.decode("{\"x\":1,\"y\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .line())
                .isEqualTo(1);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> CodecLimits.DEFAULTS.withMaxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNestingDepth");
    }
}

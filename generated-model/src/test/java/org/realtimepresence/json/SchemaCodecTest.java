package org.realtimepresence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema-generic core with a type and schema that have nothing to do with presence. */
class SchemaCodecTest {

    /** Stands in for any generated type. */
    record Point(int x, int y) {
    }

    private static final String POINT_SCHEMA = "org/realtimepresence/json/point.json";

    private final SchemaCodec<Point> points = SchemaCodec.of(Point.class, POINT_SCHEMA, CodecLimits.DEFAULTS);

    @Test
    void bindsAnyTypeAgainstItsOwnSchema() {
        assertThat(points.decode("{\"x\":1,\"y\":2}").value()).contains(new Point(1, 2));
        assertThat(points.encode(new Point(3, 4))).isEqualTo("{\"x\":3,\"y\":4}");
    }

    @Test
    void reportsEverySchemaKeywordItFails() {
        Decoded<Point> decoded = points.decode("{\"x\":\"1\",\"y\":101,\"z\":0}");

        assertThat(decoded.value()).isEmpty();
        assertThat(decoded.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/x", "type"), tuple("/y", "maximum"), tuple("/z", "additionalProperties"));
        assertThatThrownBy(() -> points.encode(new Point(1, 500)))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("/y");
    }

    @Test
    void capsTheReportAfterOrderingItByPointer() {
        StringBuilder json = new StringBuilder("{\"x\":1,\"y\":2");
        for (int i = 0; i < 150; i++) {
            json.append(",\"p").append(1000 + i).append("\":0");
        }
        String document = json.append('}').toString();

        List<SchemaViolation> standard = points.decode(document).violations();
        List<SchemaViolation> capped = SchemaCodec.of(Point.class, POINT_SCHEMA, CodecLimits.DEFAULTS.withMaxViolations(5))
                .decode(document).violations();

        assertThat(standard).hasSize(100).isSorted();
        assertThat(standard.get(0).pointer()).isEqualTo("/p1000");
        assertThat(capped).containsExactlyElementsOf(standard.subList(0, 5));
    }

    @Test
    void schemaEvaluationIsBoundedForUntrustedInput() {
        SchemaCodec<Point> stingy = SchemaCodec.of(Point.class, POINT_SCHEMA, CodecLimits.DEFAULTS.withMaxEvaluationSteps(2));

        assertThat(stingy.decode("{\"x\":1,\"y\":2}").violations())
                .extracting(SchemaViolation::keyword).containsExactly(SchemaViolation.LIMIT);
    }

    @Test
    void neverFetchesASchemaFromTheNetwork() {
        // The schema is compiled up front, so the refusal comes when the codec is built, not mid-traffic.
        assertThatThrownBy(() -> SchemaCodec.of(Object.class, "org/realtimepresence/json/remote-ref.json", CodecLimits.DEFAULTS))
                .hasMessageContaining("https://example.com/never-fetched.json")
                .hasMessageContaining("not allowed to be loaded");
    }

    @Test
    void refusesToMapSchemaIdsAnywhereButTheClasspath() {
        assertThatThrownBy(() -> NetworkntConfiguration.registry(
                java.util.Map.of("http://localhost:1234/", "https://elsewhere.example/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only be mapped onto the classpath");
    }

    @Test
    void aMissingSchemaResourceFailsWhenTheCodecIsBuilt() {
        assertThatThrownBy(() -> SchemaCodec.of(Point.class, "no/such/schema.json", CodecLimits.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such/schema.json");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> CodecLimits.DEFAULTS.withMaxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
    }
}

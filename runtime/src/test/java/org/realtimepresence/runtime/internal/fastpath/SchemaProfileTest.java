package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Which schemas get a fast path, and why the others do not. */
class SchemaProfileTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void aSchemaOfClosedObjectsEnumsAndDateTimesIsWithinTheSubset() {
        SchemaProfile profile = profile(read("org/realtimepresence/runtime/internal/fastpath/badge.json"));

        assertThat(profile.supported()).isTrue();
        assertThat(profile.unsupportedReason()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}}}|the type 'integer' at /properties/x/type",
        "{\"properties\":{\"x\":{\"type\":\"string\",\"minLength\":1}}}|the keyword 'minLength' at /properties/x/minLength",
        "{\"properties\":{\"x\":{\"$ref\":\"#/$defs/y\"}}}|the keyword '$ref' at /properties/x/$ref",
        "{\"type\":\"array\",\"items\":{}}|the keyword 'items' at /items",
        "{\"additionalProperties\":{\"type\":\"string\"}}|'additionalProperties' that is a schema rather than true or false at /additionalProperties",
        "{\"properties\":{\"x\":{\"format\":\"email\"}}}|a format other than date-time at /properties/x/format",
        "{\"enum\":[\"a\",1]}|a member that is not a string at /enum",
        "{\"properties\":{\"x\":{\"$id\":\"x.json\"}}}|an identifier below the root at /properties/x/$id",
        "{\"$schema\":\"http://json-schema.org/draft-07/schema#\"}|a dialect other than draft 2020-12 at /$schema",
        "false|a schema that is neither an object nor true at the root",
        "{\"properties\":{\"a/b\":{\"pattern\":\"x\"}}}|the keyword 'pattern' at /properties/a~1b/pattern"
    })
    void anyKeywordOutsideTheSubsetTurnsTheFastPathOff(String schema, String reason) {
        SchemaProfile profile = profile(schema);

        assertThat(profile.supported()).isFalse();
        assertThat(profile.unsupportedReason()).isEqualTo("Fast path off: " + reason);
    }

    @Test
    void evaluationLimitsBelowTheSchemaBoundTurnItOff() {
        SchemaProfile profile = profile("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");

        assertThat(profile.minimumEvaluationSteps()).isEqualTo(4 * 5); // root, type, properties, a, a's type
        assertThat(profile.minimumEvaluationDepth()).isEqualTo(4 * 4);
        assertThat(profile.evaluationFits(profile.minimumEvaluationSteps(), profile.minimumEvaluationDepth())).isTrue();
        assertThat(profile.evaluationFits(profile.minimumEvaluationSteps() - 1, profile.minimumEvaluationDepth())).isFalse();
        assertThat(profile.evaluationFits(profile.minimumEvaluationSteps(), profile.minimumEvaluationDepth() - 1)).isFalse();
    }

    private SchemaProfile profile(String schema) {
        return SchemaProfile.of(mapper.readTree(schema));
    }

    private static String read(String resource) {
        try (var in = SchemaProfileTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
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
        assertThat(profile.hasApplicators()).isFalse(); // read by the plain parser, with no recording
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\",\"minimum\":0,\"multipleOf\":2}}}",
                "{\"properties\":{\"x\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":9,\"pattern\":\"^[a-z]+$\"}}}",
                "{\"properties\":{\"x\":{\"$ref\":\"#/$defs/y\"}},\"$defs\":{\"y\":{\"enum\":[\"a\",1,null]}}}",
                "{\"type\":\"array\",\"items\":{\"const\":{\"a\":1}},\"minItems\":1,\"uniqueItems\":true}",
                "{\"additionalProperties\":{\"type\":\"string\",\"format\":\"email\"}}",
                "{\"patternProperties\":{\"^x-\":{\"type\":\"string\"}},\"additionalProperties\":false,\"minProperties\":1}",
                "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"properties\":{\"n\":{\"maximum\":5,\"exclusiveMaximum\":true}}}",
                "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"definitions\":{\"t\":{\"properties\":{\"c\":{\"$ref\":\"#/definitions/t\"}}}},\"$ref\":\"#/definitions/t\"}"
            })
    void theWiderProfileCoversNumbersLengthsPatternsArraysReferencesAndDrafts(String schema) {
        SchemaProfile profile = profile(schema);

        assertThat(profile.fallbacks()).isEmpty();
        assertThat(profile.fullyProfiled()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"properties\":{\"x\":{\"contains\":{}}}}|the keyword 'contains' at /properties/x/contains",
                "{\"properties\":{\"x\":{\"anyOf\":[]}}}|an applicator that is not a non-empty array of schemas at /properties/x/anyOf",
                "{\"$schema\":\"http://json-schema.org/draft-06/schema#\",\"if\":{}}|the keyword 'if' before its draft at /if",
                "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"propertyNames\":{}}|the keyword 'propertyNames' before its draft at /propertyNames",
                "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"dependentRequired\":{}}|the keyword 'dependentRequired' before its draft at /dependentRequired",
                "{\"anyOf\":[{\"type\":\"string\"},{\"contains\":{}}]}|the keyword 'contains' at /anyOf/1/contains",
                "{\"properties\":{\"x\":{\"pattern\":\"\\\\p{L}\"}}}|a pattern that may not mean the same in ECMA-262 and Java at /properties/x/pattern",
                "{\"type\":\"array\",\"items\":[{}]}|'items' as an array (a tuple) at /items",
                "{\"properties\":{\"x\":{\"format\":\"regex\"}}}|a format the fast path does not check at /properties/x/format",
                "{\"properties\":{\"x\":{\"$id\":\"x.json\"}}}|an identifier below the root at /properties/x/$id",
                "{\"properties\":{\"x\":{\"$ref\":\"other.json\"}}}|a reference to another document or an anchor at /properties/x/$ref",
                "{\"properties\":{\"x\":{\"$ref\":\"#/$defs/y\",\"minimum\":1}},\"$defs\":{\"y\":{}}}|a keyword beside $ref at /properties/x/minimum",
                "{\"properties\":{\"x\":false}}|a schema that is neither an object nor true at /properties/x",
                "{\"properties\":{\"a/b\":{\"unevaluatedProperties\":{}}}}|the keyword 'unevaluatedProperties' at /properties/a~1b/unevaluatedProperties"
            })
    void aKeywordOutsideTheProfileFallsBackForItsSubschemaOnly(String schema, String reason) {
        SchemaProfile profile = profile(schema);

        assertThat(profile.supported()).isTrue();
        assertThat(profile.fullyProfiled()).isFalse();
        assertThat(profile.fallbacks()).containsExactly(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"allOf\":[{}]}|true|true",
                "{\"anyOf\":[{\"type\":\"string\"}]}|true|true",
                "{\"oneOf\":[{\"$ref\":\"#/$defs/a\"}],\"$defs\":{\"a\":{}}}|true|true",
                "{\"not\":{}}|true|true",
                "{\"if\":{},\"then\":{},\"else\":{}}|true|true",
                "{\"if\":{}}|true|true",
                "{\"dependentRequired\":{\"a\":[\"b\"]}}|true|true",
                "{\"dependentSchemas\":{\"a\":{}}}|true|true",
                "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"dependencies\":{\"a\":[\"b\"]}}|true|true",
                "{\"propertyNames\":{\"maxLength\":3}}|true|true",
                "{\"then\":{\"type\":\"string\"},\"else\":{}}|false|false",
                "{\"type\":\"object\",\"properties\":{\"a\":{\"anyOf\":[{}]}}}|false|true"
            })
    void theApplicatorsAreProfiledAndMarkedOnTheirRule(String schema, boolean marked, boolean anywhere) {
        SchemaProfile profile = profile(schema);

        assertThat(profile.fallbacks()).isEmpty();
        assertThat(profile.root().hasApplicators()).isEqualTo(marked);
        assertThat(profile.hasApplicators()).isEqualTo(anywhere);
    }

    @Test
    void aDialectNetworkntDoesNotKnowTurnsTheFastPathOff() {
        SchemaProfile profile = profile("{\"$schema\":\"http://json-schema.org/draft-03/schema#\"}");

        assertThat(profile.supported()).isFalse();
        assertThat(profile.unsupportedReason())
                .isEqualTo("Fast path off: a dialect networknt does not know at /$schema");
    }

    @Test
    void beforeDraft2019KeywordsBesideARefAreIgnored() {
        SchemaProfile profile = profile("{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
                + "\"properties\":{\"x\":{\"$ref\":\"#/definitions/y\",\"minimum\":1}},\"definitions\":{\"y\":{}}}");

        assertThat(profile.fullyProfiled()).isTrue();
    }

    @Test
    void evaluationLimitsBelowTheSchemaBoundTurnItOff() {
        SchemaProfile profile = profile("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");

        assertThat(profile.minimumEvaluationSteps()).isEqualTo(4 * 5); // root, type, properties, a, a's type
        assertThat(profile.minimumEvaluationDepth()).isEqualTo(4 * 4);
        assertThat(profile.evaluationFits(profile.minimumEvaluationSteps(), profile.minimumEvaluationDepth()))
                .isTrue();
        assertThat(profile.evaluationFits(profile.minimumEvaluationSteps() - 1, profile.minimumEvaluationDepth()))
                .isFalse();
        assertThat(profile.evaluationFits(profile.minimumEvaluationSteps(), profile.minimumEvaluationDepth() - 1))
                .isFalse();
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

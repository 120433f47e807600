// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicators in the fast path: a value that meets them is proven valid, one that fails them is left to the
 * full evaluation (which reports networknt's messages for them), and so is one whose branches the profile cannot
 * decide.
 */
class ApplicatorsTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "allOf|{\"allOf\":[{\"type\":\"object\",\"required\":[\"a\"]},{\"properties\":{\"a\":{\"type\":\"integer\"}}}]}"
                        + "|{\"a\":1}|{\"a\":\"x\"}",
                "anyOf, first|{\"anyOf\":[{\"type\":\"string\",\"maxLength\":3},{\"type\":\"integer\",\"minimum\":10}]}"
                        + "|\"abc\"|5",
                "anyOf, second|{\"anyOf\":[{\"type\":\"string\",\"maxLength\":3},{\"type\":\"integer\",\"minimum\":10}]}"
                        + "|12|\"abcd\"",
                "oneOf, none|{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"number\",\"minimum\":0}]}|-1|\"x\"",
                "oneOf, two|{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"string\",\"maxLength\":2}]}|\"abc\"|\"ab\"",
                "not|{\"properties\":{\"a\":{\"not\":{\"type\":\"string\"}}}}|{\"a\":1}|{\"a\":\"s\"}",
                "if-then|{\"if\":{\"properties\":{\"kind\":{\"const\":\"a\"}},\"required\":[\"kind\"]},"
                        + "\"then\":{\"required\":[\"x\"]},\"else\":{\"required\":[\"y\"]}}"
                        + "|{\"kind\":\"a\",\"x\":1}|{\"kind\":\"a\",\"y\":1}",
                "if-else|{\"if\":{\"properties\":{\"kind\":{\"const\":\"a\"}},\"required\":[\"kind\"]},"
                        + "\"then\":{\"required\":[\"x\"]},\"else\":{\"required\":[\"y\"]}}"
                        + "|{\"kind\":\"b\",\"y\":1}|{\"kind\":\"b\",\"x\":1}",
                "if without else|{\"if\":{\"type\":\"string\"},\"then\":{\"minLength\":2}}|3|\"a\"",
                "dependentRequired|{\"dependentRequired\":{\"a\":[\"b\"]}}|{\"a\":1,\"b\":2}|{\"a\":1}",
                "dependentSchemas|{\"dependentSchemas\":{\"a\":{\"required\":[\"b\"]}}}|{\"b\":1}|{\"a\":1,\"c\":2}",
                "dependencies, names|{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"dependencies\":"
                        + "{\"a\":[\"b\"]}}|{\"a\":1,\"b\":1}|{\"a\":1}",
                "dependencies, schema|{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"dependencies\":"
                        + "{\"c\":{\"properties\":{\"d\":{\"type\":\"string\"}}}}}|{\"c\":1,\"d\":\"x\"}|{\"c\":1,\"d\":2}",
                "propertyNames|{\"propertyNames\":{\"pattern\":\"^[a-z]+$\",\"maxLength\":5}}|{\"abc\":1}|{\"abcdef\":1}",
                "in items|{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"object\","
                        + "\"required\":[\"id\"]}]}}|[\"a\",{\"id\":{\"b\":[1]}}]|[\"a\",{\"x\":1}]",
                "nested|{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"a\":{\"oneOf\":[{\"type\":\"string\"},"
                        + "{\"type\":\"null\"}]}}},{\"type\":\"string\"}]}|{\"a\":null}|{\"a\":1}"
            })
    void provesWhatHoldsAndLeavesWhatFailsToTheFullEvaluation(
            String keyword, String schema, String valid, String invalid) {
        SchemaProfile profile = SchemaProfile.of(mapper.readTree(schema));
        FastPath<JsonNode> fastPath = fastPath(profile, CodecLimits.DEFAULTS);

        assertThat(profile.fullyProfiled()).as(keyword).isTrue();
        assertThat(fastPath.violations(valid)).as(valid).isEmpty();
        assertThat(fastPath.violations(valid.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(fastPath.read(valid)).isEqualTo(mapper.readTree(valid));
        assertThat(fastPath.violations(invalid)).as(invalid).isNull();
        assertThat(fastPath.read(invalid)).isNull();
        assertThat(fastPath.accepts(invalid)).isFalse();
    }

    @Test
    void reportsTheProfiledViolationsBesideApplicatorsThatHold() {
        SchemaProfile profile = SchemaProfile.of(
                mapper.readTree(
                        "{\"type\":\"object\",\"required\":[\"a\"],\"anyOf\":[{\"required\":[\"b\"]},{\"required\":[\"c\"]}]}"));
        FastPath<JsonNode> fastPath = fastPath(profile, CodecLimits.DEFAULTS);

        assertThat(fastPath.violations("{\"b\":1}"))
                .containsExactly(new Violation("", "required", "required property 'a' not found"));
        assertThat(fastPath.violations("{\"d\":1}")).isNull(); // anyOf fails too: networknt's messages
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a branch outside the profile, where the verdict depends on it
                "{\"anyOf\":[{\"contains\":{}},{\"type\":\"string\"}]}|[1]",
                "{\"oneOf\":[{\"contains\":{}},{\"type\":\"string\"}]}|\"x\"",
                "{\"not\":{\"contains\":{}}}|[1]",
                "{\"if\":{\"contains\":{}},\"then\":{}}|[1]",
                // a format the profile neither proves nor refuses (a leap second)
                "{\"anyOf\":[{\"format\":\"date-time\"},{\"type\":\"integer\"}]}|\"2016-12-31T23:59:60Z\"",
                // a name beyond ASCII for a portable pattern
                "{\"propertyNames\":{\"pattern\":\"^[a-z]+$\"}}|{\"\u00e9\":1}"
            })
    void declinesWhatTheBranchesCannotDecide(String schema, String json) {
        FastPath<JsonNode> fastPath = fastPath(SchemaProfile.of(mapper.readTree(schema)), CodecLimits.DEFAULTS);

        assertThat(fastPath.violations(json)).isNull();
        assertThat(fastPath.read(json)).isNull();
    }

    @Test
    void anAnyOfHoldsThroughABranchItCanDecideBesideOneItCannot() {
        SchemaProfile profile =
                SchemaProfile.of(mapper.readTree("{\"anyOf\":[{\"contains\":{}},{\"type\":\"string\"}]}"));

        assertThat(profile.fullyProfiled()).isFalse();
        assertThat(fastPath(profile, CodecLimits.DEFAULTS).violations("\"x\"")).isEmpty();
    }

    @Test
    void branchesCountTowardsTheEvaluationLimits() {
        // the root has no object or array rule of its own: only its branches count the nesting
        SchemaProfile profile = SchemaProfile.of(mapper.readTree("{\"$defs\":{\"n\":{\"anyOf\":[{\"type\":\"null\"},"
                + "{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/n\"}}]}},\"$ref\":\"#/$defs/n\"}"));
        String deep = "[".repeat(6) + "]".repeat(6);
        CodecLimits small = CodecLimits.DEFAULTS
                .withMaxEvaluationSteps(profile.minimumEvaluationSteps())
                .withMaxEvaluationDepth(profile.minimumEvaluationDepth());

        assertThat(profile.fullyProfiled()).isTrue();
        assertThat(fastPath(profile, CodecLimits.DEFAULTS).violations(deep)).isEmpty();
        assertThat(fastPath(profile, small).violations(deep)).isNull();
        assertThat(fastPath(profile, small).violations("null")).isEmpty();
    }

    @Test
    void theWriterLeavesValuesUnderApplicatorsToTheFullEvaluation() {
        SchemaProfile profile =
                SchemaProfile.of(mapper.readTree("{\"properties\":{\"a\":{\"anyOf\":[{\"type\":\"string\"}]}}}"));
        FastPath<JsonNode> fastPath = fastPath(profile, CodecLimits.DEFAULTS);

        assertThat(fastPath.write(mapper.readTree("{\"a\":\"x\"}"))).isNull();
        assertThat(fastPath.write(mapper.readTree("{\"b\":\"x\"}"))).isEqualTo("{\"b\":\"x\"}");
    }

    @Test
    void numbersReachTheBranchesExactly() {
        SchemaProfile profile = SchemaProfile.of(
                mapper.readTree("{\"anyOf\":[{\"type\":\"number\",\"multipleOf\":0.1,\"maximum\":1E+2}]}"));
        FastPath<JsonNode> fastPath = fastPath(profile, CodecLimits.DEFAULTS);

        assertThat(fastPath.violations("0.30000000000000000001")).isNull(); // not a multiple, exactly
        assertThat(fastPath.violations("0.3")).isEmpty();
        assertThat(fastPath.violations("99999999999999999999")).isNull(); // over the maximum, exactly
    }

    private FastPath<JsonNode> fastPath(SchemaProfile profile, CodecLimits limits) {
        return FastPath.of(profile, mapper, JsonNode.class, limits);
    }
}

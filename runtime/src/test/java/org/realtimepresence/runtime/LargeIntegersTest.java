// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Integers past 2^53, where a double rounds: the fast path must divide and compare the exact value, as networknt
 * does, on every path (the byte scanner, its reporting mode and the token check).
 */
class LargeIntegersTest {

    private static final String SCHEMA = "org/realtimepresence/runtime/large-integers.json";
    private static final SchemaCodec<JsonNode> FAST = SchemaCodec.of(JsonNode.class, SCHEMA, CodecLimits.DEFAULTS);
    private static final SchemaCodec<JsonNode> FULL =
            SchemaCodec.withFullEvaluation(JsonNode.class, SCHEMA, CodecLimits.DEFAULTS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"third\":9007199254740993}", // a multiple of 3 whose double is not
                "{\"third\":9007199254740995}", // not a multiple of 3, whose double is
                "{\"third\":9223372036854775807}",
                "{\"third\":-9223372036854775806}",
                "{\"third\":123456789012345678901234567890}",
                "{\"third\":9007199254740995,\"x\":1}", // with another violation, so it is reported
                "{\"third\":\"\\u0039\",\"tenth\":0.30000000000000004}",
                "{\"tenth\":9007199254740993}",
                "{\"capped\":9007199254740993}", // above the maximum, though its double is not
                "{\"capped\":9007199254740992}",
                "{\"floor\":-9007199254740993}",
                "{\"floor\":-9007199254740992}"
            })
    void agreesWithNetworkntPastTheDoublesRange(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(FAST.validate(bytes)).as("validate(byte[]) %s", json).isEqualTo(FULL.validate(bytes));
        assertThat(FAST.validate(json)).as("validate(String) %s", json).isEqualTo(FULL.validate(json));
        assertThat(FAST.decode(bytes).violations())
                .as("decode(byte[]) %s", json)
                .isEqualTo(FULL.decode(bytes).violations());
        // the same values checked on the way out, as write checks them
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(FAST.validate(tree)).as("validate(value) %s", json).isEqualTo(FULL.validate(tree));
    }
}

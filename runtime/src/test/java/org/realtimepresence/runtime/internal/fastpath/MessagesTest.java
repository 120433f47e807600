// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The message text of schema values is Jackson's own, whether or not Jackson writes it. */
class MessagesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void schemaValuesReadAsJacksonWritesThem() {
        JsonNode values = MAPPER.readTree("[\"enter\", \"\", \"caf\\u00e9\", \"a\\\"b\", \"back\\\\slash\", \"tab\\t\","
                + " \"\\u0001\", \"\\ud83d\\ude00\", \"\\ud800\", \"\\u007f\", null, true, false, 0, -7, 12345678901,"
                + " 123456789012345678901234567890, 1.5, 1E300, -0.0, [1, \"x\"], {\"a\": null}]");

        for (JsonNode value : values) {
            assertThat(Messages.json(value)).as(value.toString()).isEqualTo(value.toString());
            // What a const message showed before Messages.json: Jackson's asString with its text as the default.
            String constText = value.isContainer() || value.isNull() ? Messages.json(value) : value.asString();
            assertThat(constText).as(value.toString()).isEqualTo(value.asString(value.toString()));
        }
    }
}

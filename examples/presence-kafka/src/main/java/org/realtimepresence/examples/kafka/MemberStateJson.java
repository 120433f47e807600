// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import org.realtimepresence.examples.roster.MemberState;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One member's {@link MemberState} as the store and its changelog hold it: a small JSON object. */
final class MemberStateJson {

    /** Data in the store must not lose digits on a restore: decimals stay BigDecimal, as the adapters read them. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private MemberStateJson() {}

    static byte[] write(MemberState state) {
        return JSON.writeValueAsBytes(state);
    }

    static MemberState read(byte[] json) {
        return JSON.readValue(json, MemberState.class);
    }
}

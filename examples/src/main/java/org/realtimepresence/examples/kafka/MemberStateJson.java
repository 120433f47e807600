package org.realtimepresence.examples.kafka;

import org.realtimepresence.examples.providers.ProviderJson;
import org.realtimepresence.examples.roster.MemberState;
import tools.jackson.databind.json.JsonMapper;

/** One member's {@link MemberState} as the store and its changelog hold it: a small JSON object. */
final class MemberStateJson {

    /** The same number handling as the adapters: data in the store must not lose digits on a restore. */
    private static final JsonMapper JSON = ProviderJson.mapper();

    private MemberStateJson() {}

    static byte[] write(MemberState state) {
        return JSON.writeValueAsBytes(state);
    }

    static MemberState read(byte[] json) {
        return JSON.readValue(json, MemberState.class);
    }
}

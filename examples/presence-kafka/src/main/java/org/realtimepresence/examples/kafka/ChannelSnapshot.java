// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.realtimepresence.model.RealtimePresenceJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A channel's snapshot record: a JSON array of its {@code present} records in roster order while it has at
 * most {@link RosterSettings#snapshotMaxMembers()} members; above that, an object that says the channel is too
 * large and names the member topic, where its members are. Its cost is bounded by that limit, whatever the
 * channel's size.
 */
final class ChannelSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChannelSnapshot() {}

    static String json(ReadOnlyKeyValueStore<Bytes, byte[]> store, String channel, RosterSettings settings) {
        long members = MemberStore.count(store, channel);
        if (members > settings.snapshotMaxMembers()) {
            return tooLarge(channel, members, settings);
        }
        StringJoiner array = new StringJoiner(",", "[", "]");
        MemberStore.presentMembers(store, channel, members, record -> array.add(RealtimePresenceJson.write(record)));
        return array.toString();
    }

    private static String tooLarge(String channel, long members, RosterSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("channel", channel);
        json.put("tooLarge", true);
        json.put("members", members);
        json.put("snapshotMaxMembers", settings.snapshotMaxMembers());
        json.put("memberTopic", settings.memberTopic());
        return JSON.writeValueAsString(json);
    }
}

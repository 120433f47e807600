package org.realtimepresence.examples.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes.WrapperSerde;
import org.realtimepresence.examples.providers.ProviderJson;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.MemberState;
import org.realtimepresence.examples.roster.Roster;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One channel's {@link Roster} in the state store and its changelog: a JSON array of {@code {"member",
 * "state"}} objects, tombstones included, so stale records stay recognised after a restore.
 */
final class ChannelRosterSerde extends WrapperSerde<Roster> {

    /** The same number handling as the adapters: data in the store must not lose digits on a restore. */
    private static final JsonMapper JSON = ProviderJson.mapper();
    private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};

    /** One member and what the roster remembers of it. */
    record Entry(MemberKey member, MemberState state) {}

    ChannelRosterSerde() {
        super((topic, roster) -> roster == null ? null : JSON.writeValueAsBytes(entries(roster)),
                (topic, json) -> json == null ? null : roster(JSON.readValue(json, ENTRIES)));
    }

    private static List<Entry> entries(Roster roster) {
        return roster.members().entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    private static Roster roster(List<Entry> entries) {
        Map<MemberKey, MemberState> members = new LinkedHashMap<>();
        entries.forEach(entry -> members.put(entry.member(), entry.state()));
        return Roster.of(members);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.MemberState;
import org.realtimepresence.examples.roster.Roster;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/** What the store and its changelog hold comes back exactly: no digit of data is lost on a restore. */
class MemberStateJsonTest {

    @Test
    void dataNumbersAndOffsetsSurviveTheStoreByteForByte() {
        RealtimePresence record =
                RealtimePresenceJson.read("{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\","
                        + "\"data\":{\"x\":0.1000000000000000000001,\"z\":1.10,\"big\":123456789012345678901234567890},"
                        + "\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}");
        Roster roster = new Roster();
        roster.apply(record);
        MemberKey member = MemberKey.of(record);
        MemberState state = roster.members().get(member);

        MemberState restored = MemberStateJson.read(MemberStateJson.write(state));

        assertThat(RealtimePresenceJson.write(restored.toPresentRecord(member)))
                .isEqualTo(RealtimePresenceJson.write(state.toPresentRecord(member)))
                .contains(
                        "\"x\":0.1000000000000000000001",
                        "\"z\":1.10",
                        "\"big\":123456789012345678901234567890",
                        "+02:00");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * Because stale records are ignored, also after a member left, the members, their data and their last time
 * do not depend on the order in which timestamped records arrive. ({@code since} may: an update that
 * arrives before its enter makes the member present first.)
 */
class RosterOrderTest {

    @Test
    void timestampedRecordsGiveTheSameMembersInAnyArrivalOrder() {
        long seed = SeededPresence.seed();
        System.out.println(
                "RosterOrderTest: seed " + seed + " (rerun with -Dtest=RosterOrderTest -Dpresence.seed=" + seed + ")");
        Random random = new Random(seed);
        SeededPresence presence = new SeededPresence(random);
        OffsetDateTime start = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        for (int run = 0; run < 500; run++) {
            // Each member's records at distinct, increasing times.
            List<RealtimePresence> inOrder = presence.history("", 30, start::plusSeconds, false).stream()
                    .map(RealtimePresenceJson::read)
                    .toList();
            List<RealtimePresence> shuffled = new ArrayList<>(inOrder);
            Collections.shuffle(shuffled, random);

            assertThat(membersAfter(shuffled))
                    .as("seed %d (-Dpresence.seed), run %d", seed, run)
                    .isEqualTo(membersAfter(inOrder));
        }
    }

    private static List<String> membersAfter(List<RealtimePresence> records) {
        Roster roster = new Roster();
        records.forEach(roster::apply);
        return roster.snapshot().stream()
                .map(r -> MemberKey.of(r) + " " + r.data() + " " + r.occurredAt())
                .toList();
    }
}

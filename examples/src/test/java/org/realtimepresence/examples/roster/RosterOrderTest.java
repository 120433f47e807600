package org.realtimepresence.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * Because stale records are ignored, also after a member left, the members, their data and their last time
 * do not depend on the order in which timestamped records arrive. ({@code since} may: an update that
 * arrives before its enter makes the member present first.)
 */
class RosterOrderTest {

    private static final Action[] ACTIONS = Action.values();

    /** Fixed, so a failure reproduces; {@code -Droster.order.seed=N} tries another sample. */
    private static final long SEED = Long.getLong("roster.order.seed", 20261128L);

    @Test
    void timestampedRecordsGiveTheSameMembersInAnyArrivalOrder() {
        System.out.println("RosterOrderTest: seed " + SEED + " (rerun with -Dtest=RosterOrderTest"
                + " -Droster.order.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int run = 0; run < 500; run++) {
            List<RealtimePresence> inOrder = randomHistory(random);
            List<RealtimePresence> shuffled = new ArrayList<>(inOrder);
            Collections.shuffle(shuffled, random);

            assertThat(membersAfter(shuffled)).as("run %d", run).isEqualTo(membersAfter(inOrder));
        }
    }

    /** Records for a few members, each member's records at distinct, increasing times. */
    private static List<RealtimePresence> randomHistory(Random random) {
        List<RealtimePresence> records = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            records.add(new RealtimePresence()
                    .withChannel("room-" + random.nextInt(2))
                    .withClientId("client-" + random.nextInt(3))
                    .withConnectionId(random.nextBoolean() ? null : "c" + random.nextInt(2))
                    .withAction(ACTIONS[random.nextInt(ACTIONS.length)])
                    .withData(Map.of("step", i))
                    .withOccurredAt(start.plusSeconds(i)));
        }
        return records;
    }

    private static List<String> membersAfter(List<RealtimePresence> records) {
        Roster roster = new Roster();
        records.forEach(roster::apply);
        return roster.snapshot().stream()
                .map(r -> MemberKey.of(r) + " " + r.getData() + " " + r.getOccurredAt())
                .toList();
    }
}

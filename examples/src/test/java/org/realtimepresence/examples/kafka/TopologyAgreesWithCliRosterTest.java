package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.examples.cli.PresenceMain;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.model.RealtimePresence.Action;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * For random event sequences, the member topic, compacted, holds exactly what {@code presence roster} prints
 * for the same sequence as JSON Lines: the same members with the same records.
 */
class TopologyAgreesWithCliRosterTest {

    private static final Action[] ACTIONS = Action.values();
    private static final OffsetDateTime START = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2));

    @TempDir
    Path stateDir;

    @Test
    void theCompactedMemberTopicIsTheCliRoster() {
        Random random = new Random(20261128L);
        try (RosterDriver topology = new RosterDriver(stateDir, StoreType.IN_MEMORY)) {
            for (int run = 0; run < 100; run++) {
                // Channels are named per run, so one driver serves every run without them meeting.
                List<String> lines = randomLines(random, "run" + run + "-");
                lines.forEach(line -> topology.sendRaw(randomKey(random, line), line));

                assertThat(sorted(topology.compactedMembers().values())).as("run %d of %s", run, lines)
                        .isEqualTo(cliRoster(lines));
            }
        }
    }

    /** Mostly valid records for a few members, with and without times, and now and then an invalid one. */
    private static List<String> randomLines(Random random, String channelPrefix) {
        List<String> lines = new ArrayList<>();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                // Whole JSON objects: the CLI frames records by JSON syntax, so a cut object would swallow lines.
                lines.add(random.nextBoolean() ? "{\"channel\":\"" + channelPrefix + "room-0\",\"action\":\"enter\"}"
                        : "{\"channel\":\"" + channelPrefix + "room-0\",\"clientId\":\"a\",\"clientId\":\"b\","
                                + "\"action\":\"enter\"}");
                continue;
            }
            RealtimePresence record = new RealtimePresence()
                    .withChannel(channelPrefix + "room-" + random.nextInt(2))
                    .withClientId("client-" + random.nextInt(3))
                    .withConnectionId(random.nextBoolean() ? null : "c" + random.nextInt(2))
                    .withAction(ACTIONS[random.nextInt(ACTIONS.length)])
                    .withData(Map.of("step", i))
                    .withOccurredAt(random.nextInt(5) == 0 ? null : START.plusSeconds(random.nextInt(20)))
                    .withSince(random.nextInt(5) == 0 ? START.minusMinutes(random.nextInt(60)) : null);
            lines.add(RealtimePresenceJson.write(record));
        }
        return lines;
    }

    /** The channel most of the time, else no key or a wrong one (read from the line, valid or not). */
    private static String randomKey(Random random, String line) {
        int pick = random.nextInt(5);
        if (pick == 0) {
            return null;
        }
        if (pick == 1) {
            return "wrong";
        }
        List<?> violations = RealtimePresenceJson.validate(line);
        return violations.isEmpty() ? RealtimePresenceJson.read(line).getChannel() : "wrong";
    }

    private static List<String> sorted(java.util.Collection<RealtimePresence> members) {
        return members.stream()
                .sorted(Comparator.comparing(MemberKey::of))
                .map(RealtimePresenceJson::write)
                .toList();
    }

    private static List<String> cliRoster(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] stdin = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int exit = PresenceMain.run(new String[] {"roster", "-"}, new ByteArrayInputStream(stdin), out,
                new ByteArrayOutputStream(), false);
        assertThat(exit).as("presence roster exit code").isIn(0, 1);
        String printed = out.toString(StandardCharsets.UTF_8);
        return printed.isEmpty() ? List.of() : Arrays.asList(printed.split("\n"));
    }
}

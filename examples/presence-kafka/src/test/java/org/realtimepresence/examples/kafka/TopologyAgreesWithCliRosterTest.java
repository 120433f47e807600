// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.examples.cli.PresenceMain;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.Roster;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * For random event sequences, the member topic, compacted, holds exactly what {@code presence roster} prints
 * for the same sequence as JSON Lines: the same members with the same records. Seeded: rerun another
 * sequence with {@code -Dpresence.seed=N}.
 */
class TopologyAgreesWithCliRosterTest {

    private static final long SEED = SeededPresence.seed();
    private static final Duration RETENTION = Duration.ofSeconds(30);
    private static final OffsetDateTime START = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2));

    @TempDir
    Path stateDir;

    @Test
    void theCompactedMemberTopicIsTheCliRoster() {
        System.out.println("TopologyAgreesWithCliRosterTest: seed " + SEED
                + " (rerun with -Dtest=TopologyAgreesWithCliRosterTest -Dpresence.seed=" + SEED + ")");
        Random random = new Random(SEED);
        try (RosterDriver topology = new RosterDriver(stateDir, StoreType.IN_MEMORY)) {
            for (int run = 0; run < 100; run++) {
                // Channels are named per run, so one driver serves every run without them meeting.
                List<String> lines = randomLines(random, "run" + run + "-");
                lines.forEach(line -> topology.sendRaw(randomKey(random, line), line));

                assertThat(sorted(topology.compactedMembers().values()))
                        .as("seed %d, run %d of %s", SEED, run, lines)
                        .isEqualTo(cliRoster(lines));
            }
        }
    }

    /**
     * Event time keeps moving past the tombstone retention, so departed members are purged along the way; no
     * record is later than the retention behind the newest, so none of them could still be recognised as stale
     * and the member topic stays exactly the command's output.
     */
    @Test
    void theCompactedMemberTopicIsTheCliRosterAcrossTombstoneExpiry() {
        Random random = new Random(SEED);
        RosterSettings settings = RosterSettings.DEFAULTS.withLimits(
                RETENTION, RosterSettings.DEFAULT_SNAPSHOT_INTERVAL, RosterSettings.DEFAULT_SNAPSHOT_MAX_MEMBERS);
        long[] clock = {0};
        int remembered = 0;
        try (RosterDriver topology = new RosterDriver(stateDir, StoreType.IN_MEMORY, settings)) {
            for (int run = 0; run < 100; run++) {
                List<String> lines = randomLines(random, "expiry" + run + "-", () -> {
                    if (random.nextInt(8) == 0) {
                        clock[0] += RETENTION.toSeconds() + 1 + random.nextInt(90);
                    }
                    return random.nextInt(5) == 0 ? null : START.plusSeconds(clock[0] + random.nextInt(10));
                });
                lines.forEach(line -> topology.sendRaw(randomKey(random, line), line));

                assertThat(sorted(topology.compactedMembers().values()))
                        .as("seed %d, run %d of %s", SEED, run, lines)
                        .isEqualTo(cliRoster(lines));
                remembered += tombstones(lines);
            }
            assertThat(TombstoneExpiryTest.keysOfKind(topology, MemberStoreKey.TOMBSTONE))
                    .as("tombstones kept, of %d the command remembers", remembered)
                    .isLessThan(remembered / 2);
        }
    }

    /** Mostly valid records for a few members, with and without times, and now and then an invalid one. */
    private static List<String> randomLines(Random random, String channelPrefix) {
        return randomLines(
                random, channelPrefix, () -> random.nextInt(5) == 0 ? null : START.plusSeconds(random.nextInt(20)));
    }

    private static List<String> randomLines(Random random, String channelPrefix, Supplier<OffsetDateTime> times) {
        List<String> lines = new ArrayList<>();
        for (String record : new SeededPresence(random).history(channelPrefix, 40, i -> times.get(), true)) {
            if (random.nextInt(10) == 0) {
                // Whole JSON objects: the CLI frames records by JSON syntax, so a cut object would swallow lines.
                lines.add(
                        random.nextBoolean()
                                ? "{\"channel\":\"" + channelPrefix + "room-0\",\"action\":\"enter\"}"
                                : "{\"channel\":\"" + channelPrefix + "room-0\",\"clientId\":\"a\",\"clientId\":\"b\","
                                        + "\"action\":\"enter\"}");
            }
            lines.add(record);
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
        return violations.isEmpty() ? RealtimePresenceJson.read(line).channel() : "wrong";
    }

    private static List<String> sorted(java.util.Collection<RealtimePresence> members) {
        return members.stream()
                .sorted(Comparator.comparing(MemberKey::of))
                .map(RealtimePresenceJson::write)
                .toList();
    }

    /** How many departed members the command's roster keeps after these lines. */
    private static int tombstones(List<String> lines) {
        Roster roster = new Roster();
        lines.stream()
                .filter(line -> RealtimePresenceJson.validate(line).isEmpty())
                .map(RealtimePresenceJson::read)
                .forEach(roster::apply);
        return (int) roster.members().values().stream()
                .filter(state -> !state.present())
                .count();
    }

    private static List<String> cliRoster(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] stdin = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int exit = PresenceMain.run(
                new String[] {"roster", "-"}, new ByteArrayInputStream(stdin), out, new ByteArrayOutputStream(), false);
        assertThat(exit).as("presence roster exit code").isIn(0, 1);
        String printed = out.toString(StandardCharsets.UTF_8);
        return printed.isEmpty() ? List.of() : Arrays.asList(printed.split("\n"));
    }
}

package org.realtimepresence.examples.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * Random presence histories from a seed: a few members of two channels, so that records of one member meet
 * often. The seed is {@value #DEFAULT_SEED} unless {@code -Dpresence.seed=N} gives another; a test names the
 * seed in its failure message, so a failing sequence can be rerun.
 */
public final class SeededPresence {

    public static final long DEFAULT_SEED = 20261128L;

    private static final Action[] ACTIONS = Action.values();

    private SeededPresence() {}

    /** The seed to use: {@code -Dpresence.seed}, else {@value #DEFAULT_SEED}. */
    public static long seed() {
        return Long.getLong("presence.seed", DEFAULT_SEED);
    }

    /**
     * One to {@code maxLength} records on the channels {@code <prefix>room-0} and {@code <prefix>room-1},
     * clients {@code client-0..2}, connection {@code c0}, {@code c1} or none, any action, data {@code
     * {"step": i}}, {@code occurredAt} from {@code times} (given the record's index; may return null), and, when
     * {@code withSince}, now and then a {@code since} up to an hour before the first record.
     */
    public static List<RealtimePresence> history(Random random, String channelPrefix, int maxLength,
            IntFunction<OffsetDateTime> times, boolean withSince) {
        OffsetDateTime start = OffsetDateTime.parse("2024-05-01T10:00:00+02:00");
        List<RealtimePresence> records = new ArrayList<>();
        int length = 1 + random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            records.add(RealtimePresence.builder()
                    .channel(channelPrefix + "room-" + random.nextInt(2))
                    .clientId("client-" + random.nextInt(3))
                    .connectionId(random.nextBoolean() ? null : "c" + random.nextInt(2))
                    .action(ACTIONS[random.nextInt(ACTIONS.length)])
                    .data(Map.of("step", i))
                    .occurredAt(times.apply(i))
                    .since(withSince && random.nextInt(5) == 0 ? start.minusMinutes(random.nextInt(60)) : null).build());
        }
        return records;
    }
}

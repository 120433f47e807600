package org.realtimepresence.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * A seeded corpus of distinct valid presence records, shaped like provider traffic (ids, a small {@code data}
 * map, timestamps with and without offsets), as UTF-8 bytes written by {@link RealtimePresenceJson#write}, plus invalid
 * variants that each break one schema rule.
 */
public final class PresenceCorpus {

    /** The seed every benchmark run uses, so runs compare the same documents. */
    public static final long SEED = 20261128L;

    private static final RealtimePresence.Action[] ACTIONS = RealtimePresence.Action.values();
    private static final String[] STATUSES = {"online", "away", "busy", "typing"};
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final List<RealtimePresence> records;
    private final List<byte[]> valid;
    private final List<byte[]> invalid;

    private PresenceCorpus(List<RealtimePresence> records, List<byte[]> valid, List<byte[]> invalid) {
        this.records = List.copyOf(records);
        this.valid = List.copyOf(valid);
        this.invalid = List.copyOf(invalid);
    }

    /** {@code size} distinct records generated from {@code seed}. */
    public static PresenceCorpus generate(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> texts = new LinkedHashSet<>();
        List<RealtimePresence> records = new ArrayList<>();
        while (texts.size() < size) {
            RealtimePresence record = record(random);
            if (texts.add(RealtimePresenceJson.write(record))) {
                records.add(record);
            }
        }
        List<byte[]> valid = new ArrayList<>();
        List<byte[]> invalid = new ArrayList<>();
        int kind = 0;
        for (String text : texts) {
            valid.add(text.getBytes(StandardCharsets.UTF_8));
            invalid.add(breakOneRule(text, kind++).getBytes(StandardCharsets.UTF_8));
        }
        return new PresenceCorpus(records, valid, invalid);
    }

    public List<RealtimePresence> records() {
        return records;
    }

    public List<byte[]> valid() {
        return valid;
    }

    public List<byte[]> invalid() {
        return invalid;
    }

    private static RealtimePresence record(SplittableRandom random) {
        RealtimePresence.Builder record = RealtimePresence.builder()
                .channel("room:" + Integer.toString(random.nextInt(1 << 16), 36))
                .clientId("user-" + Long.toString(random.nextLong(1L << 40), 36))
                .action(ACTIONS[random.nextInt(ACTIONS.length)]);
        if (random.nextInt(4) != 0) {
            record.connectionId("conn-" + Long.toHexString(random.nextLong()));
        }
        if (random.nextInt(3) != 0) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("name", "Member " + random.nextInt(10_000));
            data.put("status", STATUSES[random.nextInt(STATUSES.length)]);
            if (random.nextBoolean()) {
                data.put("typing", random.nextBoolean());
                data.put("cursor", Map.of("x", random.nextInt(2_000), "y", random.nextInt(2_000)));
            }
            record.data(data);
        }
        OffsetDateTime occurred = time(random);
        record.occurredAt(occurred);
        if (random.nextBoolean()) {
            record.since(occurred.minusSeconds(random.nextInt(86_400)));
        }
        return record.build();
    }

    private static OffsetDateTime time(SplittableRandom random) {
        Instant instant = EPOCH.plus(random.nextLong(365L * 86_400_000L), ChronoUnit.MILLIS);
        ZoneOffset offset = random.nextInt(3) == 0 ? ZoneOffset.ofHoursMinutes(random.nextInt(-12, 15), 0) : ZoneOffset.UTC;
        return instant.atOffset(offset);
    }

    /** The record with one rule broken, rotating through enum, required, additionalProperties, type and format. */
    private static String breakOneRule(String text, int kind) {
        String body = text.substring(1, text.length() - 1);
        return switch (kind % 5) {
            case 0 -> "{" + body.replaceFirst("\"action\":\"[a-z]+\"", "\"action\":\"joined\"") + "}";
            case 1 -> "{" + body.replaceFirst("\"channel\":\"[^\"]*\",?", "") + "}";
            case 2 -> "{\"colour\":\"red\"," + body + "}";
            case 3 -> "{" + body.replaceFirst("\"clientId\":\"[^\"]*\"", "\"clientId\":42") + "}";
            default -> "{" + body.replaceFirst("\"occurredAt\":\"[^\"]*\"", "\"occurredAt\":\"yesterday at noon\"") + "}";
        };
    }
}

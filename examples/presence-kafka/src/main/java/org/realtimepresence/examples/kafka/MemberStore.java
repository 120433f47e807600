// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.MemberState;
import org.realtimepresence.model.RealtimePresence;

/**
 * The roster store, read and written one member at a time (see {@link MemberStoreKey} for its layout).
 * Every write is one small record: a member, a tombstone, a count or an expiry entry.
 */
final class MemberStore {

    private static final BytesSerializer PREFIX = new BytesSerializer();

    private MemberStore() {}

    /** The member's state, present or tombstone, or null when the store has none. */
    static MemberState get(ReadOnlyKeyValueStore<Bytes, byte[]> store, MemberKey member) {
        byte[] present = store.get(MemberStoreKey.member(MemberStoreKey.PRESENT, member));
        if (present != null) {
            return MemberStateJson.read(present);
        }
        byte[] tombstone = store.get(MemberStoreKey.member(MemberStoreKey.TOMBSTONE, member));
        return tombstone == null ? null : MemberStateJson.read(tombstone);
    }

    /** Replaces {@code prior} (as {@link #get} returned it) by {@code next}; null removes the member. */
    static void replace(KeyValueStore<Bytes, byte[]> store, MemberKey member, MemberState prior, MemberState next) {
        boolean wasPresent = prior != null && prior.present();
        boolean isPresent = next != null && next.present();
        if (prior != null && !wasPresent && (next == null || isPresent)) {
            store.delete(MemberStoreKey.member(MemberStoreKey.TOMBSTONE, member));
        }
        if (wasPresent && !isPresent) {
            store.delete(MemberStoreKey.member(MemberStoreKey.PRESENT, member));
        }
        if (next != null) {
            store.put(
                    MemberStoreKey.member(isPresent ? MemberStoreKey.PRESENT : MemberStoreKey.TOMBSTONE, member),
                    MemberStateJson.write(next));
            if (!isPresent) {
                store.put(MemberStoreKey.expiry(epochMillis(next.lastOccurredAt()), member), new byte[0]);
            }
        }
        if (wasPresent != isPresent) {
            addToCount(store, member.channel(), isPresent ? 1 : -1);
        }
    }

    /** How many members of the channel are present. */
    static long count(ReadOnlyKeyValueStore<Bytes, byte[]> store, String channel) {
        byte[] count = store.get(MemberStoreKey.count(channel));
        return count == null ? 0 : ByteBuffer.wrap(count).getLong();
    }

    /**
     * Gives the channel's present members, as {@code present} records in roster order, to {@code sink}, at most
     * {@code limit} of them; tells how many it gave.
     */
    static long presentMembers(
            ReadOnlyKeyValueStore<Bytes, byte[]> store, String channel, long limit, Consumer<RealtimePresence> sink) {
        long given = 0;
        try (KeyValueIterator<Bytes, byte[]> members =
                store.prefixScan(MemberStoreKey.presentPrefix(channel), PREFIX)) {
            while (given < limit && members.hasNext()) {
                KeyValue<Bytes, byte[]> member = members.next();
                sink.accept(MemberStateJson.read(member.value).toPresentRecord(MemberStoreKey.memberOf(member.key)));
                given++;
            }
        }
        return given;
    }

    /**
     * Removes the tombstones whose last record occurred at or before {@code cutoff}; a member that came back,
     * or left again later, keeps its newer state. Tells how many tombstones it removed.
     */
    static int purgeTombstones(KeyValueStore<Bytes, byte[]> store, OffsetDateTime cutoff) {
        long cutoffMillis = epochMillis(cutoff);
        List<Bytes> expired = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> entries =
                store.range(MemberStoreKey.firstExpiry(), MemberStoreKey.afterExpiry(cutoffMillis))) {
            entries.forEachRemaining(entry -> expired.add(entry.key));
        }
        int purged = 0;
        for (Bytes entry : expired) {
            store.delete(entry);
            Bytes tombstoneKey = MemberStoreKey.member(MemberStoreKey.TOMBSTONE, MemberStoreKey.memberOf(entry));
            byte[] tombstone = store.get(tombstoneKey);
            if (tombstone != null && epochMillis(MemberStateJson.read(tombstone).lastOccurredAt()) <= cutoffMillis) {
                store.delete(tombstoneKey);
                purged++;
            }
        }
        return purged;
    }

    private static void addToCount(KeyValueStore<Bytes, byte[]> store, String channel, int delta) {
        long count = count(store, channel) + delta;
        if (count <= 0) {
            store.delete(MemberStoreKey.count(channel));
        } else {
            store.put(
                    MemberStoreKey.count(channel),
                    ByteBuffer.allocate(Long.BYTES).putLong(count).array());
        }
    }

    private static long epochMillis(OffsetDateTime time) {
        return time.toInstant().toEpochMilli();
    }
}

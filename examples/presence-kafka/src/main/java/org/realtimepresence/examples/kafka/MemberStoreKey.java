// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.utils.Bytes;
import org.realtimepresence.examples.roster.MemberKey;

/**
 * The keys of the roster store, one per member and never one per channel, so no store or changelog record
 * grows with a channel.
 *
 * <p>A key is one kind byte, then the member: the channel, the client id and, when there is one, a marker
 * and the connection id. Each string is written one UTF-16 unit at a time as {@code 01 hi lo} and ends with
 * {@code 00}; so byte order is exactly {@link MemberKey}'s order ({@code String.compareTo}, no connection
 * first), and the bytes of a channel are a prefix of its members' keys and of no other channel's.
 *
 * <ul>
 *   <li>{@code p}: a present member, its {@link org.realtimepresence.examples.roster.MemberState};
 *   <li>{@code t}: a departed member's tombstone, kept so a stale record stays recognised;
 *   <li>{@code n}: a channel's number of present members, eight bytes;
 *   <li>{@code x}: when a tombstone expires: its {@code occurredAt} in epoch milliseconds, then the member.
 * </ul>
 */
final class MemberStoreKey {

    static final byte PRESENT = 'p';
    static final byte TOMBSTONE = 't';
    static final byte COUNT = 'n';
    static final byte EXPIRY = 'x';

    private static final int CHAR = 1;
    private static final int END = 0;

    private MemberStoreKey() {}

    static Bytes member(byte kind, MemberKey member) {
        ByteArrayOutputStream out = start(kind);
        writeMember(out, member);
        return Bytes.wrap(out.toByteArray());
    }

    /** Every present member of {@code channel}, and nothing else, starts with these bytes. */
    static Bytes presentPrefix(String channel) {
        ByteArrayOutputStream out = start(PRESENT);
        writeString(out, channel);
        return Bytes.wrap(out.toByteArray());
    }

    static Bytes count(String channel) {
        ByteArrayOutputStream out = start(COUNT);
        writeString(out, channel);
        return Bytes.wrap(out.toByteArray());
    }

    /** The expiry entry of a tombstone whose last record occurred at {@code epochMillis}. */
    static Bytes expiry(long epochMillis, MemberKey member) {
        ByteArrayOutputStream out = expiryTime(epochMillis);
        writeMember(out, member);
        return Bytes.wrap(out.toByteArray());
    }

    /** The first expiry key of all. */
    static Bytes firstExpiry() {
        return Bytes.wrap(expiryTime(Long.MIN_VALUE).toByteArray());
    }

    /** A key after every expiry entry at or before {@code epochMillis} and before any later one. */
    static Bytes afterExpiry(long epochMillis) {
        ByteArrayOutputStream out = expiryTime(epochMillis);
        out.write(0xFF);
        return Bytes.wrap(out.toByteArray());
    }

    /** The time of an expiry key. */
    static long expiryMillis(Bytes key) {
        return ByteBuffer.wrap(key.get(), 1, Long.BYTES).getLong() ^ Long.MIN_VALUE;
    }

    /** The member of a {@code p}, {@code t} or {@code x} key. */
    static MemberKey memberOf(Bytes key) {
        byte[] bytes = key.get();
        int[] at = {bytes[0] == EXPIRY ? 1 + Long.BYTES : 1};
        String channel = readString(bytes, at);
        String clientId = readString(bytes, at);
        String connectionId = null;
        if (at[0] < bytes.length) {
            at[0]++; // the connection marker
            connectionId = readString(bytes, at);
        }
        return new MemberKey(channel, clientId, connectionId);
    }

    private static ByteArrayOutputStream start(byte kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(kind);
        return out;
    }

    private static ByteArrayOutputStream expiryTime(long epochMillis) {
        ByteArrayOutputStream out = start(EXPIRY);
        // The sign bit flipped: unsigned byte order is then numeric order, negative times included.
        out.writeBytes(ByteBuffer.allocate(Long.BYTES)
                .putLong(epochMillis ^ Long.MIN_VALUE)
                .array());
        return out;
    }

    private static void writeMember(ByteArrayOutputStream out, MemberKey member) {
        writeString(out, member.channel());
        writeString(out, member.clientId());
        if (member.connectionId() != null) {
            out.write(CHAR);
            writeString(out, member.connectionId());
        }
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.write(CHAR);
            out.write(c >>> 8);
            out.write(c & 0xFF);
        }
        out.write(END);
    }

    /** Reads one string; at the end of the bytes (a connection id) no terminator is needed. */
    private static String readString(byte[] bytes, int[] at) {
        StringBuilder value = new StringBuilder();
        int i = at[0];
        while (i < bytes.length && bytes[i] == CHAR) {
            value.append((char) (((bytes[i + 1] & 0xFF) << 8) | (bytes[i + 2] & 0xFF)));
            i += 3;
        }
        at[0] = i < bytes.length ? i + 1 : i;
        return value.toString();
    }
}

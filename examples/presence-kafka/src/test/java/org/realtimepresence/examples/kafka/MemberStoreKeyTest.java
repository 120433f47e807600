// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;
import org.realtimepresence.examples.roster.MemberKey;

/**
 * Store keys sort exactly as members do, read back as the same member, and a channel's prefix matches its
 * members only. Seeded: rerun another sequence with {@code -Dpresence.seed=N}.
 */
class MemberStoreKeyTest {

    private static final long SEED = Long.getLong("presence.seed", 20261201L);
    /** Characters that trip up naive encodings: NUL, the marker bytes, a separator, surrogates, U+E000, U+FFFF. */
    private static final String[] PARTS = {
        "", "a", "ab", "\u0000", "\u0001", "/", "%2F", "\uD83D\uDE00", "\uE000", "\uFFFF", "\u00E9", "b"
    };

    @Test
    void byteOrderIsMemberOrderAndKeysReadBack() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            MemberKey one = randomMember(random);
            MemberKey two = randomMember(random);
            Bytes oneKey = MemberStoreKey.member(MemberStoreKey.PRESENT, one);
            Bytes twoKey = MemberStoreKey.member(MemberStoreKey.PRESENT, two);

            assertThat(Integer.signum(oneKey.compareTo(twoKey)))
                    .as("seed %d: %s vs %s", SEED, one, two)
                    .isEqualTo(Integer.signum(one.compareTo(two)));
            assertThat(MemberStoreKey.memberOf(oneKey)).isEqualTo(one);
            assertThat(MemberStoreKey.memberOf(MemberStoreKey.expiry(i, one))).isEqualTo(one);
            assertThat(startsWith(twoKey, MemberStoreKey.presentPrefix(one.channel())))
                    .as("seed %d: prefix of %s in %s", SEED, one.channel(), two)
                    .isEqualTo(one.channel().equals(two.channel()));
        }
    }

    @Test
    void expiryKeysSortByTimeNegativeTimesFirst() {
        MemberKey member = new MemberKey("c", "a", null);
        long[] times = {Long.MIN_VALUE, -1, 0, 1, 1_700_000_000_000L};
        for (int i = 1; i < times.length; i++) {
            assertThat(MemberStoreKey.expiry(times[i - 1], member)).isLessThan(MemberStoreKey.expiry(times[i], member));
            assertThat(MemberStoreKey.expiryMillis(MemberStoreKey.expiry(times[i], member)))
                    .isEqualTo(times[i]);
            assertThat(MemberStoreKey.expiry(times[i], member))
                    .isLessThan(MemberStoreKey.afterExpiry(times[i]))
                    .isGreaterThan(MemberStoreKey.afterExpiry(times[i - 1]));
        }
    }

    private static MemberKey randomMember(Random random) {
        return new MemberKey(
                randomString(random), randomString(random), random.nextInt(3) == 0 ? null : randomString(random));
    }

    private static String randomString(Random random) {
        StringBuilder value = new StringBuilder();
        for (int n = random.nextInt(3); n > 0; n--) {
            value.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return value.toString();
    }

    private static boolean startsWith(Bytes key, Bytes prefix) {
        byte[] k = key.get();
        byte[] p = prefix.get();
        if (k.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (k[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.realtimepresence.examples.roster.MemberKey;

/** Distinct members never share a compacted-topic key, or one's tombstone would delete the other. */
class MemberTopicKeyTest {

    @Test
    void noConnectionAndAnEmptyConnectionAreDifferentMembersWithDifferentKeys() {
        assertThat(RosterUpdate.memberTopicKey(new MemberKey("c", "a", null))).isEqualTo("c/a");
        assertThat(RosterUpdate.memberTopicKey(new MemberKey("c", "a", ""))).isEqualTo("c/a/");
    }

    @Test
    void slashesAndPercentSignsInsideAPartCannotForgeAnotherMembersKey() {
        String one = RosterUpdate.memberTopicKey(new MemberKey("a/b", "c", "x"));
        String two = RosterUpdate.memberTopicKey(new MemberKey("a", "b/c", "x"));

        assertThat(one).isEqualTo("a%2Fb/c/x");
        assertThat(two).isEqualTo("a/b%2Fc/x");
        assertThat(RosterUpdate.memberTopicKey(new MemberKey("100%", "u", "x"))).isEqualTo("100%25/u/x");
    }
}

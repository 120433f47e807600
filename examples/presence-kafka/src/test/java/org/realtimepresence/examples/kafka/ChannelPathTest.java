// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The channel in a request path, percent-decoded as UTF-8, and the malformed paths that get a 400. */
class ChannelPathTest {

    @Test
    void decodesPercentEncodedUtf8AndKeepsPlusSigns() {
        assertThat(ChannelPath.channel("/channels/room%3A1/members")).isEqualTo("room:1");
        assertThat(ChannelPath.channel("/channels/a%2Fb/members")).isEqualTo("a/b");
        assertThat(ChannelPath.channel("/channels/caf%C3%A9+1/members")).isEqualTo("café+1");
    }

    @Test
    void refusesBrokenEscapesAndBytesThatAreNotUtf8() {
        assertThatThrownBy(() -> ChannelPath.channel("/channels/room%2/members"))
                .hasMessageContaining("bad percent-encoding at character 5");
        assertThatThrownBy(() -> ChannelPath.channel("/channels/room%zz/members"))
                .hasMessageContaining("expected % and two hex digits");
        assertThatThrownBy(() -> ChannelPath.channel("/channels/%C3/members"))
                .hasMessageContaining("does not decode as UTF-8");
        assertThatThrownBy(() -> ChannelPath.channel("/channels//members"))
                .hasMessageContaining("expected /channels/{channel}/members");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.providers.ProviderTesting.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.realtimepresence.examples.roster.Roster;
import org.realtimepresence.model.RealtimePresenceJson;

class PhoenixAdapterTest {

    @Test
    void v2FrameDiffTurnsAnUpdateIntoAbsentForTheOldRefThenUpdateForTheNew() {
        String frame =
                """
                ["1","2","room:lobby","presence_diff",{
                  "joins":{"u1":{"metas":[{"status":"away","phx_ref":"b","phx_ref_prev":"a"},{"phx_ref":"c"}]}},
                  "leaves":{"u1":{"metas":[{"status":"online","phx_ref":"a"}]},"u2":{"metas":[{"phx_ref":"d"}]}}}]""";

        assertThat(normalize(Provider.PHOENIX, frame))
                .containsExactly(
                        "{\"channel\":\"room:lobby\",\"clientId\":\"u1\",\"connectionId\":\"a\",\"action\":\"absent\","
                                + "\"data\":{\"status\":\"online\"}}",
                        "{\"channel\":\"room:lobby\",\"clientId\":\"u1\",\"connectionId\":\"b\",\"action\":\"update\","
                                + "\"data\":{\"status\":\"away\"}}",
                        "{\"channel\":\"room:lobby\",\"clientId\":\"u1\",\"connectionId\":\"c\",\"action\":\"enter\"}",
                        "{\"channel\":\"room:lobby\",\"clientId\":\"u2\",\"connectionId\":\"d\",\"action\":\"leave\"}");
    }

    @Test
    void aRosterHoldsOneMemberWithTheNewDataAfterAnUpdate() throws IOException {
        Roster roster = new Roster();
        String state = "{\"u1\":{\"metas\":[{\"name\":\"u1\",\"phx_ref\":\"1\"}]}}";
        for (String payload : List.of(state, Files.readString(Path.of("../samples/phoenix-5.json")))) {
            Provider.PHOENIX
                    .normalize(ProviderJson.mapper().readTree(payload), new AdapterContext("room:lobby", null))
                    .forEach(roster::apply);
        }

        assertThat(roster.snapshot())
                .map(RealtimePresenceJson::write)
                .containsExactly(
                        "{\"channel\":\"room:lobby\",\"clientId\":\"u1\",\"connectionId\":\"2\",\"action\":\"present\","
                                + "\"data\":{\"name\":\"u1-updated\"}}");
    }

    @Test
    void anUpdateWhoseLeaveIsMissingStillRemovesTheOldRef() {
        String payload = "{\"joins\":{\"u1\":{\"metas\":[{\"s\":2,\"phx_ref\":\"b\",\"phx_ref_prev\":\"a\"}]}}}";

        assertThat(normalize(Provider.PHOENIX, payload, "room"))
                .containsExactly(
                        "{\"channel\":\"room\",\"clientId\":\"u1\",\"connectionId\":\"a\",\"action\":\"absent\"}",
                        "{\"channel\":\"room\",\"clientId\":\"u1\",\"connectionId\":\"b\",\"action\":\"update\","
                                + "\"data\":{\"s\":2}}");
    }

    @Test
    void v1FrameStateUsesTheTopicAsChannel() {
        String frame =
                """
                {"topic":"room:1","event":"presence_state","ref":null,
                 "payload":{"u1":{"metas":[{"online_at":"1700000000","phx_ref":"r1"}]}}}""";

        assertThat(normalize(Provider.PHOENIX, frame, "ignored"))
                .containsExactly(
                        "{\"channel\":\"room:1\",\"clientId\":\"u1\",\"connectionId\":\"r1\",\"action\":\"present\","
                                + "\"data\":{\"online_at\":\"1700000000\"}}");
    }

    @Test
    void otherEventsGiveNothing() {
        assertThat(normalize(Provider.PHOENIX, "[\"1\",\"1\",\"room:1\",\"phx_reply\",{\"status\":\"ok\"}]"))
                .isEmpty();
    }

    @Test
    void metasMustBeObjects() {
        assertThatThrownBy(() -> normalize(Provider.PHOENIX, "{\"u1\":{\"metas\":[5]}}", "c"))
                .isInstanceOf(MappingException.class)
                .hasMessage("phoenix: /u1/metas/0: expected an object but found number");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.T0;
import static org.realtimepresence.examples.kafka.Presence.enter;
import static org.realtimepresence.examples.kafka.Presence.leave;
import static org.realtimepresence.examples.kafka.Presence.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.BytesDeserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * The roster survives a restart through its changelog.
 *
 * <p>{@code TopologyTestDriver.close()} deletes the state directory and the driver has no restore consumer,
 * so the test does what Kafka Streams' restoration does on a new instance: it writes the changelog records,
 * as the first driver produced them, into the second driver's store before any new input.
 */
class RestartTest {

    @TempDir
    Path stateDir;

    @Test
    void stateIsRestoredFromTheChangelogAfterTheDriverIsRecreated() {
        List<KeyValue<Bytes, byte[]>> changelog;
        try (RosterDriver first = new RosterDriver(stateDir)) {
            first.send(enter("room", "ann", "c1", 5).toBuilder().since(T0).build(), leave("room", "bob", "c1", 9));
            changelog = first.driver
                    .createOutputTopic(
                            RosterDriver.SETTINGS.changelogTopic(),
                            new BytesDeserializer(),
                            new ByteArrayDeserializer())
                    .readKeyValuesToList();
        }
        assertThat(changelog).isNotEmpty();

        try (RosterDriver second = new RosterDriver(stateDir)) {
            KeyValueStore<Bytes, byte[]> store = second.store();
            assertThat(store.approximateNumEntries())
                    .as("the local state is gone")
                    .isZero();
            changelog.forEach(kv -> {
                if (kv.value == null) {
                    store.delete(kv.key);
                } else {
                    store.put(kv.key, kv.value);
                }
            });

            second.send(
                    leave("room", "ann", "c1", 4), // older than ann's enter: stale
                    record(Action.UPDATE, "room", "ann", "c1", 6), // keeps the since from before the restart
                    enter("room", "bob", "c1", 8)); // older than bob's leave: stale after the restart too

            Map<String, RealtimePresence> members = second.compactedMembers();
            assertThat(members).containsOnlyKeys("room/ann/c1");
            RealtimePresence ann = members.get("room/ann/c1");
            assertThat(ann.since()).isEqualTo(T0);
            assertThat(ann.occurredAt()).isEqualTo(T0.plusSeconds(6));
            assertThat(second.lastSnapshots().get("room"))
                    .extracting(RealtimePresence::clientId)
                    .containsExactly("ann");
        }
    }

    @Test
    void theStoreIsPersistentAndLogged() {
        try (RosterDriver driver = new RosterDriver(stateDir)) {
            assertThat(driver.driver
                            .getAllStateStores()
                            .get(RosterSettings.STORE_NAME)
                            .persistent())
                    .isTrue();
            driver.send(enter("room", "ann", "c1", 1));
            assertThat(driver.driver.producedTopicNames()).contains(RosterDriver.SETTINGS.changelogTopic());
        }
    }
}

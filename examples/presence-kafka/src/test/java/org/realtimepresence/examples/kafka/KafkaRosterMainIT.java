// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.enter;
import static org.realtimepresence.examples.kafka.Presence.leave;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import picocli.CommandLine;

/**
 * The entry point against a real KRaft broker started in this JVM by Kafka's own test kit, asked who is here
 * over HTTP with a real HTTP client.
 */
class KafkaRosterMainIT {

    private static final RosterSettings NAMES = RosterSettings.DEFAULTS;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    @SuppressWarnings("try") // the test kit's close() may be interrupted; the test throws Exception anyway
    void foldsRecordsFromABrokerAnswersOverHttpAndDeadLettersTheInvalidOnes() throws Exception {
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                // One broker: internal topics cannot have the default three replicas.
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            createTopics(bootstrap);

            int httpPort = freePort();
            KafkaRosterMain main = new KafkaRosterMain();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(main)
                    .execute(
                            "--bootstrap-servers",
                            bootstrap,
                            "--state-dir",
                            stateDir.toString(),
                            "--http-port",
                            Integer.toString(httpPort),
                            "--http-host",
                            "127.0.0.1"));
            try (KafkaProducer<String, String> producer =
                    new KafkaProducer<>(clientConfig(bootstrap), new StringSerializer(), new StringSerializer())) {
                send(producer, "room", RealtimePresenceJson.write(enter("room", "ann", "c1", 1)));
                send(producer, null, RealtimePresenceJson.write(enter("room", "bob", "c1", 2)));
                send(producer, "room", "{\"channel\":\"room\",\"action\":\"enter\"}");
                send(producer, "room", RealtimePresenceJson.write(leave("room", "ann", "c1", 3)));
                producer.flush();
            }

            List<ConsumerRecord<String, byte[]>> members = read(bootstrap, NAMES.memberTopic(), 3);
            assertThat(members)
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("room/ann/c1", "room/bob/c1", "room/ann/c1");
            assertThat(members.stream().filter(r -> r.value() == null))
                    .singleElement()
                    .extracting(ConsumerRecord::key)
                    .isEqualTo("room/ann/c1");
            ConsumerRecord<String, byte[]> deadLetter =
                    read(bootstrap, NAMES.deadLetterTopic(), 1).get(0);
            assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"channel\":\"room\",\"action\":\"enter\"}");
            assertThat(new String(
                            deadLetter
                                    .headers()
                                    .lastHeader(DeadLetterHeaders.OFFSET)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .isEqualTo("2");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> room =
                    awaitMembers(http, httpPort, "room", "[{\"channel\":\"room\",\"clientId\":\"bob\"");
            assertThat(RosterDriver.parseArray(room.body()))
                    .extracting(RealtimePresence::clientId)
                    .containsExactly("bob");
            assertThat(get(http, httpPort, "/channels/nobody/members").body()).isEqualTo("[]");
            assertThat(get(http, httpPort, "/channels/room/member").statusCode())
                    .isEqualTo(400);

            main.stop();
            assertThat(exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
        }
    }

    /** Asks until the answer is a 200 starting with {@code expectedStart}: the store catches up on its own time. */
    private static HttpResponse<String> awaitMembers(HttpClient http, int port, String channel, String expectedStart)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> response = get(http, port, "/channels/" + channel + "/members");
        while (!(response.statusCode() == 200 && response.body().startsWith(expectedStart))
                && System.nanoTime() < deadline) {
            if (response.statusCode() == 503) {
                assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            }
            Thread.sleep(200);
            response = get(http, port, "/channels/" + channel + "/members");
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(clientConfig(bootstrap))) {
            admin.createTopics(List.of(
                            new NewTopic(NAMES.inputTopic(), 1, (short) 1),
                            new NewTopic(NAMES.snapshotTopic(), 1, (short) 1),
                            new NewTopic(NAMES.memberTopic(), 1, (short) 1)
                                    .configs(Map.of(
                                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                            new NewTopic(NAMES.deadLetterTopic(), 1, (short) 1)))
                    .all()
                    .get();
        }
    }

    private static void send(KafkaProducer<String, String> producer, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(NAMES.inputTopic(), key, value)).get();
    }

    private static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic, int count) {
        Properties config = clientConfig(bootstrap);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).as("records on %s", topic).hasSize(count);
        return records;
    }

    private static Properties clientConfig(String bootstrap) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        return config;
    }
}

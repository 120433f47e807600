// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.enter;
import static org.realtimepresence.examples.kafka.Presence.leave;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;

/** The HTTP endpoint against a running topology, asked with a real HTTP client. */
class MembersHttpServerTest extends WithRosterDriver {

    private static final String HOST = "127.0.0.1";

    private final HttpClient client = HttpClient.newHttpClient();
    private MembersHttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = start(channel -> new MemberLookup.Here(roster.store()));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void answersTheChannelsPresentMembersInRosterOrder() throws Exception {
        roster.send(
                enter("room:1", "cid", "c1", 1),
                enter("room:1", "ann", "c2", 2),
                enter("room:1", "ann", null, 3),
                enter("room:1", "bob", "c1", 4),
                leave("room:1", "bob", "c1", 5),
                enter("room:10", "eve", "c1", 6));

        HttpResponse<String> response = get(server, "/channels/room%3A1/members");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        List<RealtimePresence> members = RosterDriver.parseArray(response.body());
        assertThat(members)
                .extracting(m -> m.clientId() + "/" + m.connectionId())
                .containsExactly("ann/null", "ann/c2", "cid/c1");
        assertThat(members).allMatch(m -> m.action() == RealtimePresence.Action.PRESENT);
        assertThat(RosterDriver.parseArray(
                        get(server, "/channels/room:10/members").body()))
                .extracting(RealtimePresence::clientId)
                .containsExactly("eve");
    }

    @Test
    void aChannelWithASlashIsAskedForPercentEncoded() throws Exception {
        roster.send(enter("a/b", "ann", "c1", 1), enter("a", "bob", "c1", 2));

        assertThat(RosterDriver.parseArray(
                        get(server, "/channels/a%2Fb/members").body()))
                .extracting(RealtimePresence::clientId)
                .containsExactly("ann");
    }

    @Test
    void anUnknownChannelIsEmpty() throws Exception {
        HttpResponse<String> response = get(server, "/channels/nobody-here/members");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void aMalformedPathIsABadRequest() throws Exception {
        for (String path : List.of(
                "/channels/",
                "/channels//members",
                "/channels/room",
                "/channels/room/members/x",
                "/channels/%FF/members",
                "/channels/a/b/members")) {
            HttpResponse<String> response = get(server, path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).isNotBlank();
        }
        HttpResponse<String> tooLong =
                get(server, "/channels/" + "x".repeat(StoreKeyBounds.MAX_CHARS + 1) + "/members");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 1024");
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        assertThat(get(server, "/").statusCode()).isEqualTo(404);
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(uri(server, "/channels/room/members"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void aStoreNotYetReadyIsServiceUnavailableWithRetryAfter() throws Exception {
        try (MembersHttpServer starting = start(channel -> new MemberLookup.NotReady("REBALANCING"))) {
            HttpResponse<String> response = get(starting, "/channels/room/members");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(response.body()).contains("REBALANCING");
        }
    }

    @Test
    void aChannelOwnedElsewhereIsFetchedFromItsOwner() throws Exception {
        roster.send(enter("room", "ann", "c1", 1));
        String owner = HOST + ":" + server.port();
        try (MembersHttpServer other = start(channel -> new MemberLookup.Elsewhere(owner))) {
            HttpResponse<String> response = get(other, "/channels/room/members");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(RosterDriver.parseArray(response.body()))
                    .extracting(RealtimePresence::clientId)
                    .containsExactly("ann");
        }
    }

    @Test
    void instancesThatDisagreeAboutTheOwnerDoNotForwardInALoop() throws Exception {
        int[] port = new int[1];
        try (MembersHttpServer loop = start(channel -> new MemberLookup.Elsewhere(HOST + ":" + port[0]))) {
            port[0] = loop.port();
            HttpResponse<String> response = get(loop, "/channels/room/members");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        }
    }

    private static MembersHttpServer start(MemberLookup lookup) throws IOException {
        return MembersHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), lookup);
    }

    private HttpResponse<String> get(MembersHttpServer target, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(target, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(MembersHttpServer target, String path) {
        return URI.create("http://" + HOST + ":" + target.port() + path);
    }
}

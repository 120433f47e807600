// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * Serves {@code GET /channels/{channel}/members}: the channel's present members as a JSON array of {@code
 * present} records in roster order, read from the roster store with the JDK's built-in HTTP server.
 *
 * <ul>
 *   <li>{@code 200 []} for a channel nobody is in, or that never existed;
 *   <li>{@code 400} for a malformed path or a channel too long to be a store key;
 *   <li>{@code 404} for any path outside {@code /channels/}, {@code 405} for another method than GET;
 *   <li>{@code 503} with {@code Retry-After} while the store is not ready (starting, rebalancing, restoring);
 *   <li>a channel owned by another instance is fetched from it and passed on as it answered.
 * </ul>
 */
public final class MembersHttpServer implements AutoCloseable {

    /** Marks a forwarded request, so that instances that disagree about the owner never forward in a loop. */
    static final String FORWARDED = "X-Presence-Forwarded";

    static final String RETRY_AFTER_SECONDS = "1";
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(30);

    private final HttpServer server;
    private final ExecutorService executor;
    private final MemberLookup lookup;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(FORWARD_TIMEOUT).build();

    private MembersHttpServer(HttpServer server, MemberLookup lookup) {
        this.server = server;
        this.lookup = lookup;
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "presence-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts serving on {@code address} (port 0: any free port). */
    public static MembersHttpServer start(InetSocketAddress address, MemberLookup lookup) throws IOException {
        MembersHttpServer members = new MembersHttpServer(HttpServer.create(address, 0), lookup);
        members.server.start();
        return members;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith(ChannelPath.PREFIX)) {
                text(exchange, 404, "not found: only GET /channels/{channel}/members is served");
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                text(exchange, 405, "method not allowed: " + exchange.getRequestMethod() + "; use GET");
                return;
            }
            String channel;
            try {
                channel = ChannelPath.channel(path);
            } catch (IllegalArgumentException malformed) {
                text(exchange, 400, malformed.getMessage());
                return;
            }
            if (!StoreKeyBounds.fits(channel)) {
                text(
                        exchange,
                        400,
                        "the channel is " + channel.length() + " characters long; the roster store" + " takes at most "
                                + StoreKeyBounds.MAX_CHARS);
                return;
            }
            answer(exchange, channel, path);
        }
    }

    private void answer(HttpExchange exchange, String channel, String path) throws IOException {
        MemberLookup.Where where;
        try {
            where = lookup.find(channel);
        } catch (InvalidStateStoreException notReady) {
            where = new MemberLookup.NotReady(notReady.getMessage());
        }
        boolean forwarded = exchange.getRequestHeaders().containsKey(FORWARDED);
        if (where instanceof MemberLookup.Elsewhere elsewhere && forwarded) {
            where = new MemberLookup.NotReady("forwarded here, but the channel's owner is " + elsewhere.hostAndPort());
        }
        if (where instanceof MemberLookup.Here here) {
            members(exchange, here, channel);
        } else if (where instanceof MemberLookup.Elsewhere elsewhere) {
            forward(exchange, elsewhere.hostAndPort(), path);
        } else {
            notReady(exchange, ((MemberLookup.NotReady) where).reason());
        }
    }

    private void members(HttpExchange exchange, MemberLookup.Here here, String channel) throws IOException {
        try {
            // Asked first, so that a store that is not ready is a 503 before any header is sent.
            MemberStore.count(here.store(), channel);
        } catch (InvalidStateStoreException notReady) {
            notReady(exchange, notReady.getMessage());
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            out.write('[');
            boolean[] first = {true};
            MemberStore.presentMembers(here.store(), channel, Long.MAX_VALUE, record -> {
                try {
                    if (!first[0]) {
                        out.write(',');
                    }
                    first[0] = false;
                    out.write(RealtimePresenceJson.write(record).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.write(']');
        }
    }

    private void forward(HttpExchange exchange, String hostAndPort, String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostAndPort + path))
                .header(FORWARDED, "true")
                .timeout(FORWARD_TIMEOUT)
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            notReady(exchange, "the channel's owner " + hostAndPort + " did not answer: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            notReady(exchange, "interrupted while asking " + hostAndPort);
            return;
        }
        try (InputStream body = response.body()) {
            response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders()
                    .set("Content-Type", type));
            response.headers().firstValue("Retry-After").ifPresent(after -> exchange.getResponseHeaders()
                    .set("Retry-After", after));
            exchange.sendResponseHeaders(response.statusCode(), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                body.transferTo(out);
            }
        }
    }

    private static void notReady(HttpExchange exchange, String reason) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        text(exchange, 503, "the roster store is not ready: " + reason);
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}

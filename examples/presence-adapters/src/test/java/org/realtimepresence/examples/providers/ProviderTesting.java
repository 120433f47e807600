// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.time.OffsetDateTime;
import java.util.List;
import org.realtimepresence.model.RealtimePresenceJson;

/** Normalizes JSON text and returns the records as their canonical JSON lines, which tests compare whole. */
final class ProviderTesting {

    private ProviderTesting() {}

    static List<String> normalize(Provider provider, String json) {
        return normalize(provider, json, AdapterContext.NONE);
    }

    static List<String> normalize(Provider provider, String json, String channel) {
        return normalize(provider, json, new AdapterContext(channel, null));
    }

    static List<String> normalize(Provider provider, String json, String channel, String receivedAt) {
        return normalize(provider, json, new AdapterContext(channel, OffsetDateTime.parse(receivedAt)));
    }

    static List<String> normalize(Provider provider, String json, AdapterContext context) {
        return provider.normalize(ProviderJson.mapper().readTree(json), context).stream()
                .map(RealtimePresenceJson::write)
                .toList();
    }
}

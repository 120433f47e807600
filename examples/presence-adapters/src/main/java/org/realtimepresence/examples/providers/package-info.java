// SPDX-License-Identifier: Apache-2.0
/**
 * Provider adapters: each turns one provider JSON document (Ably, Pusher, PubNub, Phoenix Presence,
 * LiveKit) into canonical presence records, which are checked against the schema before they are returned.
 *
 * <p>Entry point: {@link org.realtimepresence.examples.providers.Provider#normalize}. Each adapter only maps;
 * the rules they share (the {@code data} rule, time stamps, where the channel comes from, error reporting
 * with a JSON Pointer) live in {@code PayloadNode} and {@link org.realtimepresence.examples.providers.AdapterContext}.
 */
package org.realtimepresence.examples.providers;

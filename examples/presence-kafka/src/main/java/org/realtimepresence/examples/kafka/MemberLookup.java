// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Finds where a channel's members are: in a store here, on another instance, or nowhere yet. */
@FunctionalInterface
public interface MemberLookup {

    /** Where {@code channel}'s members are now. */
    Where find(String channel);

    /** The answer of {@link #find}. */
    sealed interface Where permits Here, Elsewhere, NotReady {}

    /** In this store, which holds the channel if anybody does. */
    record Here(ReadOnlyKeyValueStore<Bytes, byte[]> store) implements Where {}

    /** On the instance that serves HTTP at {@code host:port}. */
    record Elsewhere(String hostAndPort) implements Where {}

    /** Not known yet (starting, rebalancing, restoring); ask again later. */
    record NotReady(String reason) implements Where {}
}

package org.realtimepresence.examples.kafka;

import java.util.Optional;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.realtimepresence.examples.roster.Roster;
import org.realtimepresence.examples.roster.RosterChange;
import org.realtimepresence.model.RealtimePresence;

/**
 * Folds records keyed by channel into that channel's {@link Roster} in the store, the same fold as the
 * command-line roster, and forwards a {@link RosterUpdate} for every visible change.
 */
final class RosterProcessor extends ContextualProcessor<String, RealtimePresence, String, RosterUpdate> {

    private KeyValueStore<String, Roster> store;

    @Override
    public void init(ProcessorContext<String, RosterUpdate> context) {
        super.init(context);
        store = context.getStateStore(RosterSettings.STORE_NAME);
    }

    @Override
    public void process(Record<String, RealtimePresence> record) {
        String channel = record.key();
        Roster roster = Optional.ofNullable(store.get(channel)).orElseGet(Roster::new);
        Optional<RosterChange> change = roster.apply(record.value());
        // Written even without a visible change: a leave of an absent member still leaves a tombstone.
        if (roster.members().isEmpty()) {
            store.delete(channel);
        } else {
            store.put(channel, roster);
        }
        change.ifPresent(c -> context().forward(record.withValue(new RosterUpdate(c, roster.snapshot()))));
    }
}

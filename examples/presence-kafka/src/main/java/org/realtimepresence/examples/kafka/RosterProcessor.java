// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.time.OffsetDateTime;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.realtimepresence.examples.roster.FoldStep;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.MemberState;
import org.realtimepresence.examples.roster.PresenceFold;
import org.realtimepresence.model.RealtimePresence;

/**
 * Folds records keyed by channel into the store one member at a time, with the same fold as the command-line
 * roster, and sends on each visible change and, at most once per snapshot interval of stream time, the changed
 * channel's snapshot.
 *
 * <p>A punctuator, every snapshot interval of stream time, sends the snapshots that were held back and purges
 * the tombstones older than the tombstone retention. That age is event time: the latest {@code occurredAt} this
 * task has folded (records without one do not move it).
 */
final class RosterProcessor extends ContextualProcessor<String, RealtimePresence, String, RosterUpdate> {

    private final RosterSettings settings;
    private final SnapshotSchedule schedule;
    private KeyValueStore<Bytes, byte[]> store;
    private OffsetDateTime eventTime;

    RosterProcessor(RosterSettings settings) {
        this.settings = settings;
        this.schedule = new SnapshotSchedule(settings.snapshotInterval().toMillis());
    }

    @Override
    public void init(ProcessorContext<String, RosterUpdate> context) {
        super.init(context);
        store = context.getStateStore(RosterSettings.STORE_NAME);
        context.schedule(settings.snapshotInterval(), PunctuationType.STREAM_TIME, this::punctuate);
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // the fold returns the very same state when it changed nothing
    public void process(Record<String, RealtimePresence> record) {
        RealtimePresence presence = record.value();
        MemberKey member = MemberKey.of(presence);
        MemberState prior = MemberStore.get(store, member);
        FoldStep step = PresenceFold.apply(prior, presence);
        // Written even without a visible change: a leave of an absent member still leaves a tombstone.
        if (step.state() != prior) {
            MemberStore.replace(store, member, prior, step.state());
        }
        OffsetDateTime occurredAt = presence.occurredAt();
        if (occurredAt != null && (eventTime == null || occurredAt.isAfter(eventTime))) {
            eventTime = occurredAt;
        }
        step.change().ifPresent(change -> {
            context().forward(record.withValue(RosterUpdate.of(change)));
            if (schedule.changed(record.key(), context().currentStreamTimeMs())) {
                sendSnapshot(record.key(), record.timestamp());
            }
        });
    }

    private void punctuate(long streamTime) {
        schedule.due(streamTime).forEach(channel -> sendSnapshot(channel, streamTime));
        if (eventTime != null) {
            MemberStore.purgeTombstones(store, eventTime.minus(settings.tombstoneRetention()));
        }
    }

    private void sendSnapshot(String channel, long timestamp) {
        String json = ChannelSnapshot.json(store, channel, settings);
        context().forward(new Record<>(channel, RosterUpdate.snapshot(json), timestamp));
    }
}

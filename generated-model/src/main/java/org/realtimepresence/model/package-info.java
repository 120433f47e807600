/**
 * The realtime presence record: the generated {@link org.realtimepresence.model.RealtimePresence} type, its
 * packaged schema ({@link org.realtimepresence.model.RealtimePresence#SCHEMA_RESOURCE}), and the strict codec
 * facade {@link org.realtimepresence.model.PresenceJson} that reads, validates and writes it exactly as the
 * schema says.
 */
package org.realtimepresence.model;

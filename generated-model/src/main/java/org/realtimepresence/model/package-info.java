// SPDX-License-Identifier: Apache-2.0
/**
 * The realtime presence record, all of it generated from {@code schemas/realtime-presence.json} by
 * schema-codegen-maven-plugin: the {@code RealtimePresence} type, its packaged schema
 * ({@code RealtimePresence.SCHEMA_RESOURCE}), and the codec {@code RealtimePresenceJson} that reads, validates and
 * writes it exactly as the schema says, on top of schema-codegen-runtime.
 */
package org.realtimepresence.model;

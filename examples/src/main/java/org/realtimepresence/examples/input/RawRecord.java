package org.realtimepresence.examples.input;

import org.realtimepresence.model.Violation;

/**
 * One record's worth of input: its JSON bytes, or the reason it could not be cut out of the file.
 *
 * @param line the 1-based line the record starts on
 * @param json the record's JSON, or null when {@code problem} is set
 * @param problem a {@code syntax} or {@code limit} violation, or null
 */
@SuppressWarnings("ArrayRecordComponent") // handed on once, never compared or kept: a copy would only cost
public record RawRecord(long line, byte[] json, Violation problem) {}

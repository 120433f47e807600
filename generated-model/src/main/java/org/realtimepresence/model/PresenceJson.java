package org.realtimepresence.model;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.realtimepresence.runtime.CodecLimits;

/**
 * Reads, validates and writes {@link RealtimePresence} records exactly as the packaged schema says, with the
 * default {@link CodecLimits}: documents up to 1 MiB, 64 levels of nesting inside {@code data}, at most 100
 * violations per document. Use {@link PresenceCodec#withLimits} for other limits.
 *
 * <p>{@code read} succeeds exactly when {@code validate} returns an empty list. Both first try the fast path
 * derived from the schema, which checks and binds in one streaming pass and only ever accepts; every other input
 * is parsed once into a tree, validated by networknt, and bound only when it is valid.
 */
public final class PresenceJson {

    private static final PresenceCodec STANDARD = PresenceCodec.withLimits(CodecLimits.DEFAULTS);

    private PresenceJson() {
    }

    /** The shared codec behind these static methods. */
    public static PresenceCodec standard() {
        return STANDARD;
    }

    /**
     * The record in {@code json}.
     *
     * @throws InvalidPresenceException with every violation when the document is invalid
     */
    public static RealtimePresence read(String json) {
        return STANDARD.read(json);
    }

    /** As {@link #read(String)}, for UTF-8 bytes. */
    public static RealtimePresence read(byte[] json) {
        return STANDARD.read(json);
    }

    /** As {@link #read(String)}, for a UTF-8 stream; reads no more than the size limit and does not close it. */
    public static RealtimePresence read(InputStream json) {
        return STANDARD.read(json);
    }

    /** Every violation in {@code json}, ordered by pointer; empty means valid. */
    public static List<Violation> validate(String json) {
        return STANDARD.validate(json);
    }

    /** As {@link #validate(String)}, for UTF-8 bytes. */
    public static List<Violation> validate(byte[] json) {
        return STANDARD.validate(json);
    }

    /** Every violation of {@code record} as {@link #write} would write it; empty means it can be written. */
    public static List<Violation> validate(RealtimePresence record) {
        return STANDARD.validate(record);
    }

    /**
     * Compact JSON, properties in schema order, absent values left out.
     *
     * @throws InvalidPresenceException when the record violates the schema (for example a required field is
     *                                  null): an invalid record is never written
     */
    public static String write(RealtimePresence record) {
        return STANDARD.write(record);
    }

    /**
     * Reads JSON Lines (UTF-8, one record per line, blank lines skipped) lazily. Each {@link PresenceLine}
     * carries its 1-based line number and either its record or its violations; a bad line never stops the
     * stream. The caller closes {@code jsonLines}.
     */
    public static Stream<PresenceLine> lines(InputStream jsonLines) {
        return STANDARD.lines(jsonLines);
    }
}

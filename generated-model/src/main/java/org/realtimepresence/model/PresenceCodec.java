package org.realtimepresence.model;

import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.stream.Stream;
import org.realtimepresence.json.CodecLimits;
import org.realtimepresence.json.Decoded;
import org.realtimepresence.json.DecodedLine;
import org.realtimepresence.json.InvalidDocumentException;
import org.realtimepresence.json.SchemaCodec;
import org.realtimepresence.json.SchemaViolation;

/**
 * The presence codec with chosen {@link CodecLimits}; {@link PresenceJson} is the one with the defaults.
 * Thread-safe: build one per configuration and share it.
 */
public final class PresenceCodec {

    private final SchemaCodec<RealtimePresence> codec;

    private PresenceCodec(CodecLimits limits) {
        this.codec = SchemaCodec.of(RealtimePresence.class, RealtimePresence.SCHEMA_RESOURCE, limits);
    }

    /** Loads and compiles the packaged schema once for these limits. */
    public static PresenceCodec withLimits(CodecLimits limits) {
        return new PresenceCodec(limits);
    }

    public CodecLimits limits() {
        return codec.limits();
    }

    public RealtimePresence read(String json) {
        return orThrow(codec.decode(json));
    }

    public RealtimePresence read(byte[] json) {
        return orThrow(codec.decode(json));
    }

    public RealtimePresence read(InputStream json) {
        return orThrow(codec.decode(json));
    }

    public List<Violation> validate(String json) {
        return violations(codec.violations(json));
    }

    public List<Violation> validate(byte[] json) {
        return violations(codec.violations(json));
    }

    public List<Violation> validate(RealtimePresence record) {
        return violations(codec.validate(record));
    }

    public String write(RealtimePresence record) {
        try {
            return codec.encode(record);
        } catch (InvalidDocumentException e) {
            throw new InvalidPresenceException(violations(e.violations()));
        }
    }

    public Stream<PresenceLine> lines(InputStream jsonLines) {
        return codec.lines(jsonLines).map(PresenceCodec::toLine);
    }

    public Stream<PresenceLine> lines(Reader jsonLines) {
        return codec.lines(jsonLines).map(PresenceCodec::toLine);
    }

    private static RealtimePresence orThrow(Decoded<RealtimePresence> decoded) {
        return decoded.value().orElseThrow(() -> new InvalidPresenceException(violations(decoded.violations())));
    }

    private static PresenceLine toLine(DecodedLine<RealtimePresence> line) {
        return new PresenceLine(line.lineNumber(), line.decoded().value(), violations(line.decoded().violations()));
    }

    private static List<Violation> violations(List<SchemaViolation> violations) {
        if (violations.isEmpty()) {
            return List.of();
        }
        return violations.stream().map(Violation::of).toList();
    }
}

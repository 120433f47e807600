package org.realtimepresence.model;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;

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
        return violations(codec.validate(json));
    }

    public List<Violation> validate(byte[] json) {
        return violations(codec.validate(json));
    }

    public List<Violation> validate(RealtimePresence record) {
        return violations(codec.validate(record));
    }

    public String write(RealtimePresence record) {
        try {
            return codec.write(record);
        } catch (InvalidDocumentException e) {
            throw new InvalidPresenceException(violations(e.violations()));
        }
    }

    public Stream<PresenceLine> lines(InputStream jsonLines) {
        return codec.lines(jsonLines).map(PresenceCodec::toLine);
    }

    private static RealtimePresence orThrow(Decoded<RealtimePresence> decoded) {
        return decoded.value().orElseThrow(() -> new InvalidPresenceException(violations(decoded.violations())));
    }

    private static PresenceLine toLine(Decoded<RealtimePresence> line) {
        return new PresenceLine((int) line.line(), line.value(), violations(line.violations()));
    }

    private static List<Violation> violations(List<org.realtimepresence.runtime.Violation> violations) {
        return violations.stream().map(Violation::of).toList();
    }
}

package org.realtimepresence.runtime.internal.fastpath;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves a document valid and binds it in one streaming pass, or declines. It never rejects: {@code null} or
 * {@code false} mean "not decided here", and the caller then runs the full evaluation, which alone produces
 * verdicts and violations. Thread-safe.
 *
 * <p>It declines whenever the full path might see the input differently: bytes that are not plain UTF-8 JSON
 * text (NUL bytes, a leading non-ASCII byte such as a byte order mark, malformed UTF-8), any parse or limit
 * error, any token the profile does not allow, and binding failures.
 *
 * @param <T> the bound type
 */
public final class FastPath<T> {

    private final JsonMapper mapper;
    private final Class<T> type;
    private final ValueRule root;

    private FastPath(JsonMapper mapper, Class<T> type, ValueRule root) {
        this.mapper = mapper;
        this.type = type;
        this.root = root;
    }

    /**
     * A fast path for a supported profile. {@code mapper} must be the strict mapper of the full path (same stream
     * limits, duplicate detection, trailing-token and coercion settings), so both parse alike.
     */
    public static <T> FastPath<T> of(SchemaProfile profile, JsonMapper mapper, Class<T> type) {
        if (!profile.supported()) {
            throw new IllegalArgumentException(profile.unsupportedReason());
        }
        return new FastPath<>(Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(type, "type"), profile.root());
    }

    /** The bound value when the document is proven valid, otherwise null. */
    public T read(byte[] json) {
        return plainUtf8(json) ? bind(() -> mapper.createParser(json)) : null;
    }

    /** As {@link #read(byte[])}, for text. */
    public T read(String json) {
        return bind(() -> mapper.createParser(json));
    }

    /** Whether the document is proven valid, without binding it. */
    public boolean accepts(byte[] json) {
        return plainUtf8(json) && check(() -> mapper.createParser(json));
    }

    /** As {@link #accepts(byte[])}, for text. */
    public boolean accepts(String json) {
        return check(() -> mapper.createParser(json));
    }

    /** Any failure, even in creating the parser (which may already apply stream limits), means "declined". */
    private T bind(Supplier<JsonParser> source) {
        try (ProfiledParser parser = new ProfiledParser(source.get(), root)) {
            T value = mapper.readValue(parser, type);
            return value != null && parser.nextToken() == null && parser.complete() ? value : null;
        } catch (RuntimeException declined) {
            return null;
        }
    }

    private boolean check(Supplier<JsonParser> source) {
        try (ProfiledParser parser = new ProfiledParser(source.get(), root)) {
            while (parser.nextToken() != null) {
                // every token is checked as it passes
            }
            return parser.complete();
        } catch (RuntimeException declined) {
            return false;
        }
    }

    /**
     * Whether the byte parser will read exactly the characters the full path's strict UTF-8 decoder produces:
     * no NUL (which would make Jackson guess UTF-16 or UTF-32), no leading non-ASCII byte (a byte order mark
     * Jackson would skip), and well-formed UTF-8 (Jackson's own decoding is more lenient).
     */
    private static boolean plainUtf8(byte[] json) {
        if (json.length == 0 || json[0] < 0) {
            return false;
        }
        boolean ascii = true;
        for (byte b : json) {
            if (b <= 0) {
                if (b == 0) {
                    return false;
                }
                ascii = false;
            }
        }
        return ascii || wellFormedUtf8(json);
    }

    private static boolean wellFormedUtf8(byte[] json) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

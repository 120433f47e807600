// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Violation;
import org.realtimepresence.runtime.internal.json.Utf8;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves a document valid and binds it in one streaming pass, or finds its violations in one pass, or declines:
 * {@code null} or {@code false} mean "not decided here", and the caller then runs the full evaluation. The
 * violations it reports are exactly networknt's (pointer, keyword, English message), unsorted. Thread-safe.
 *
 * <p>It declines whenever the full path might see the input differently: bytes that are not plain UTF-8 JSON
 * text (NUL bytes, a leading non-ASCII byte such as a byte order mark, malformed UTF-8), any parse or limit
 * error, any token the profile does not allow, and binding failures.
 *
 * @param <T> the bound type
 */
public final class FastPath<T> {

    /** The full path's mapper, asked for only when a document is bound or written here. */
    private final Supplier<JsonMapper> mapper;

    private final Class<T> type;
    /** Reader and writer for the type, made on first use: checking tokens needs neither. */
    private volatile Binding binding;
    /**
     * Writes records straight from their values, made on first write; empty when the type is not one it
     * follows.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType") // null: not made yet; empty: made, and none applies
    private volatile Optional<ValidatedWriter<T>> validatedWriter;

    private final CodecLimits limits;
    /** The reader's limit on a number's length: a longer number is written, then refused when read back. */
    private final int maxNumberLength;

    private final TokenStreamFactory factory;
    private final ObjectReadContext checking;
    private final SchemaProfile profile;
    private final long maxSteps;
    private final int maxDepth;
    /** The byte limit: a String's length is counted in characters, so bytes over it are declined before parsing. */
    private final int maxDocumentBytes;
    /** Whether the bound type takes any JSON value (a tree), so a value valid for the schema always binds. */
    private final boolean bindsAnything;
    /** The byte scanner's plan, shared; each thread keeps its own scanner, which reuses its arrays. */
    private final ByteRules byteRules;

    private final ThreadLocal<ByteScanner> scanners;
    /**
     * Builds the bound value from bytes the scanner proved valid; null when the type has no such binding. Made on
     * the first read, as it asks the mapper how each enum constant reads ({@link #byteBindingKnown} says when).
     */
    private volatile ByteBinding<T> byteBinding;

    private volatile boolean byteBindingKnown;

    private FastPath(
            TokenStreamFactory factory,
            Supplier<JsonMapper> mapper,
            Class<T> type,
            SchemaProfile profile,
            CodecLimits limits) {
        this.mapper = mapper;
        this.type = type;
        this.factory = factory;
        this.limits = limits;
        this.maxNumberLength = factory.streamReadConstraints().getMaxNumberLength();
        this.checking = new CheckingContext(factory);
        this.profile = profile;
        this.maxSteps = limits.maxEvaluationSteps();
        this.maxDepth = limits.maxEvaluationDepth();
        this.maxDocumentBytes = limits.maxDocumentBytes();
        this.bindsAnything = type == Object.class || JsonNode.class.isAssignableFrom(type);
        this.byteRules = new ByteRules(profile);
        this.scanners = ThreadLocal.withInitial(() -> new ByteScanner(byteRules, limits, bindsAnything));
    }

    private record Binding(ObjectReader reader, ObjectWriter writer) {}

    private Binding binding() {
        Binding made = binding;
        if (made == null) {
            JsonMapper full = mapper.get();
            // ProfiledParser refuses repeated names itself, more cheaply than the parser's per-object hash sets.
            made = new Binding(
                    full.readerFor(type).without(StreamReadFeature.STRICT_DUPLICATE_DETECTION), full.writerFor(type));
            binding = made; // racing threads make equal readers and writers; any of them will do
        }
        return made;
    }

    private ByteBinding<T> byteBinding() {
        if (!byteBindingKnown) {
            byteBinding = ByteBinding.of(type, mapper.get());
            byteBindingKnown = true; // racing threads make equal bindings; any of them will do
        }
        return byteBinding;
    }

    /**
     * What a parser that only checks needs from its context: the factory's limits and features, minus duplicate
     * detection (see above). It spares the per-document deserialization context a reader would create.
     */
    private static final class CheckingContext extends ObjectReadContext.Base {

        private final TokenStreamFactory factory;

        CheckingContext(TokenStreamFactory factory) {
            this.factory = factory;
        }

        @Override
        public StreamReadConstraints streamReadConstraints() {
            return factory.streamReadConstraints();
        }

        @Override
        public int getStreamReadFeatures(int defaults) {
            return defaults & ~StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
        }

        @Override
        public TokenStreamFactory tokenStreamFactory() {
            return factory;
        }
    }

    /**
     * A fast path for a supported profile. {@code mapper} must be the strict mapper of the full path (same stream
     * limits, duplicate detection, trailing-token and coercion settings), so both parse alike.
     */
    public static <T> FastPath<T> of(SchemaProfile profile, JsonMapper mapper, Class<T> type, CodecLimits limits) {
        Objects.requireNonNull(mapper, "mapper");
        return of(profile, mapper.tokenStreamFactory(), () -> mapper, type, limits);
    }

    /**
     * As {@link #of(SchemaProfile, JsonMapper, Class, CodecLimits)}, with the mapper's own stream factory and the
     * mapper itself asked for only when a document is bound or a value written.
     */
    public static <T> FastPath<T> of(
            SchemaProfile profile,
            TokenStreamFactory factory,
            Supplier<JsonMapper> mapper,
            Class<T> type,
            CodecLimits limits) {
        if (!profile.supported()) {
            throw new IllegalArgumentException(profile.unsupportedReason());
        }
        return new FastPath<>(
                Objects.requireNonNull(factory, "factory"),
                Objects.requireNonNull(mapper, "mapper"),
                Objects.requireNonNull(type, "type"),
                profile,
                Objects.requireNonNull(limits, "limits"));
    }

    /** The bound value when the document is proven valid, otherwise null. */
    public T read(byte[] json) {
        return read(json, null);
    }

    /**
     * As {@link #read(byte[])}; and when the byte scanner reports the document's violations itself, adds them to
     * {@code reported} and returns null at once, without trying the parser on a document known to be invalid.
     */
    public T read(byte[] json, List<Violation> reported) {
        ByteBinding<T> direct = byteBinding();
        if (direct != null) {
            if (provenByBytes(json, 0, json.length)) {
                T value = direct.bind(json, 0, json.length);
                if (value != null) {
                    return value;
                }
            } else if (reported != null && !scanners.get().declinedForBinding()) {
                List<Violation> found = reportedByBytes(json, 0, json.length);
                if (found != null) {
                    reported.addAll(found);
                    return null;
                }
            }
        }
        int scan = scan(json);
        return scan == NOT_PLAIN ? null : bind(() -> binding().reader().createParser(json), scan == ESCAPES);
    }

    /** As {@link #read(byte[])}, for text. */
    public T read(String json) {
        return bind(() -> binding().reader().createParser(json), mayHoldSurrogates(json));
    }

    /** Whether the document is proven valid, without binding it. */
    public boolean accepts(byte[] json) {
        List<Violation> violations = violations(json);
        return violations != null && violations.isEmpty();
    }

    /** As {@link #accepts(byte[])}, for the document in {@code buf[from, to)}. */
    public boolean accepts(byte[] buf, int from, int to) {
        List<Violation> violations = violations(buf, from, to);
        return violations != null && violations.isEmpty();
    }

    /**
     * Whether the byte scanner alone proves {@code buf[from, to)} valid (it would also bind), reading the bytes in
     * place without a parser; false says only that it did not. Exposed so that tests can compare its verdicts.
     */
    public boolean provenByBytes(byte[] buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.length);
        return scanners.get().accepts(buf, from, to);
    }

    /** As {@link #accepts(byte[])}, for text. */
    public boolean accepts(String json) {
        List<Violation> violations = violations(json);
        return violations != null && violations.isEmpty();
    }

    /**
     * Empty when the document is proven valid (it would also bind), networknt's violations (unsorted) when it is
     * invalid only in ways the profile reports, and null when the full evaluation must decide.
     */
    public List<Violation> violations(byte[] json) {
        return violations(json, 0, json.length);
    }

    /**
     * As {@link #violations(byte[])}, for the document in {@code buf[from, to)}: a document the byte scanner proves
     * valid, or whose violations it reports, is never copied; any other is copied out and parsed.
     */
    public List<Violation> violations(byte[] buf, int from, int to) {
        if (provenByBytes(buf, from, to)) {
            return List.of();
        }
        // A document stopped only at a value a typed field might refuse is most likely valid: nothing to report.
        List<Violation> reported = scanners.get().declinedForBinding() ? null : reportedByBytes(buf, from, to);
        return reported != null ? reported : parsedViolations(copy(buf, from, to));
    }

    private static byte[] copy(byte[] buf, int from, int to) {
        return from == 0 && to == buf.length ? buf : Arrays.copyOfRange(buf, from, to);
    }

    /**
     * The violations of {@code buf[from, to)} when the byte scanner alone reports them (null says only that it did
     * not). Exposed so that tests can compare its reports.
     */
    public List<Violation> reportedByBytes(byte[] buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.length);
        return scanners.get().violations(buf, from, to);
    }

    /**
     * {@link #violations(byte[])} without the byte scanner: through the parser and {@link ProfiledParser}. For a
     * document that {@link #read(byte[], List)} has already shown the scanner, and for tests that compare the two.
     */
    public List<Violation> parsedViolations(byte[] json) {
        int scan = json.length > maxDocumentBytes ? NOT_PLAIN : scan(json);
        return scan == NOT_PLAIN
                ? null
                // Plain UTF-8, so the text is exactly what the full path decodes. Without a shared symbol table
                // Jackson reads bytes through a decoding Reader; a String is read in place, and sooner.
                : check(
                        () -> factory.createParser(checking, new String(json, StandardCharsets.UTF_8)),
                        scan == ESCAPES,
                        () -> read(json));
    }

    /** As {@link #violations(byte[])}, for text. */
    public List<Violation> violations(String json) {
        return check(() -> factory.createParser(checking, json), mayHoldSurrogates(json), () -> read(json));
    }

    /**
     * The value as compact JSON within the document limit when it was proven valid on its way out, otherwise null
     * (the caller then writes through the full evaluation, which also says why a value cannot be written). A record
     * is written straight from its values ({@link ValidatedWriter}); what that declines is written by Jackson
     * through a generator that checks every token.
     */
    public String write(T value) {
        ValidatedWriter<T> direct = validatedWriter();
        String written = direct != null ? direct.write(value) : null;
        return written != null ? written : writeThroughJackson(value);
    }

    private ValidatedWriter<T> validatedWriter() {
        Optional<ValidatedWriter<T>> made = validatedWriter;
        if (made == null) {
            made = Optional.ofNullable(ValidatedWriter.of(profile, mapper.get(), type, limits));
            validatedWriter = made; // racing threads make equal writers; any of them will do
        }
        return made.orElse(null);
    }

    private String writeThroughJackson(T value) {
        StringWriter out = new StringWriter(256);
        ObjectWriter writer = binding().writer();
        try (ProfiledGenerator generator =
                new ProfiledGenerator(writer.createGenerator(out), profile, maxSteps, maxDepth, maxNumberLength)) {
            writer.writeValue(generator, value);
            generator.flush();
            if (!generator.complete()) {
                return null;
            }
        } catch (RuntimeException declined) {
            return null;
        }
        String json = out.toString();
        return Utf8.length(json) <= limits.maxDocumentBytes() ? json : null;
    }

    /** Any failure, even in creating the parser (which may already apply stream limits), means "declined". */
    private T bind(Supplier<JsonParser> source, boolean surrogates) {
        try (ProfiledParser parser = parser(source.get(), surrogates, null)) {
            T value = binding().reader().readValue(parser);
            return value != null && parser.nextToken() == null && parser.complete() ? value : null;
        } catch (RuntimeException declined) {
            return null;
        }
    }

    private List<Violation> check(Supplier<JsonParser> source, boolean surrogates, Supplier<T> binding) {
        List<Violation> violations = new ArrayList<>(0);
        boolean confirm;
        try (ProfiledParser parser = parser(source.get(), surrogates, violations)) {
            while (parser.nextToken() != null) {
                // every token is checked as it passes
            }
            if (!parser.complete() || (violations.isEmpty() && parser.uncertain())) {
                return null;
            }
            if (!violations.isEmpty()) {
                return violations;
            }
            confirm = parser.bindingRisk() && !bindsAnything;
        } catch (RuntimeException declined) {
            return null;
        }
        // Valid for the schema; the full path also binds it, and a typed field may still refuse the value.
        return !confirm || binding.get() != null ? List.of() : null;
    }

    private ProfiledParser parser(JsonParser parser, boolean surrogates, List<Violation> violations) {
        return ProfiledParser.of(parser, profile, maxSteps, maxDepth, surrogates, violations);
    }

    private static final int NOT_PLAIN = -1;
    private static final int PLAIN = 0;
    private static final int ESCAPES = 1;

    /**
     * Whether the byte parser will read exactly the characters the full path's strict UTF-8 decoder produces:
     * no NUL (which would make Jackson guess UTF-16 or UTF-32), no leading non-ASCII byte (a byte order mark
     * Jackson would skip), and well-formed UTF-8 (Jackson's own decoding is more lenient). Well-formed UTF-8
     * encodes no surrogate, so a lone one can only come from a {@code \\u} escape: {@link #ESCAPES} says that the
     * document holds a backslash, and only then are its strings checked for lone surrogates.
     */
    private static int scan(byte[] json) {
        if (json.length == 0 || json[0] < 0) {
            return NOT_PLAIN;
        }
        boolean ascii = true;
        boolean escapes = false;
        for (byte b : json) {
            if (b <= 0) {
                if (b == 0) {
                    return NOT_PLAIN;
                }
                ascii = false;
            } else if (b == '\\') {
                escapes = true;
            }
        }
        if (!ascii && !wellFormedUtf8(json)) {
            return NOT_PLAIN;
        }
        return escapes ? ESCAPES : PLAIN;
    }

    /** Whether text may hold a lone surrogate: as a character of its own or through an escape. */
    private static boolean mayHoldSurrogates(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wellFormedUtf8(byte[] json) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

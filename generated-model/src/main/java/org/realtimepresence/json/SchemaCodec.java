package org.realtimepresence.json;

import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.realtimepresence.json.fastpath.FastPath;
import org.realtimepresence.json.fastpath.SchemaProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON for one generated type and the schema it was generated from.
 *
 * <p>The full path parses every input once into a tree, validates the tree against the schema, and binds only a
 * tree without violations to {@code T}. Reading and validating share that path, so they cannot disagree. When
 * the schema stays within the {@link SchemaProfile} subset, a {@link FastPath} derived from it first tries to
 * prove the input valid while binding it in one streaming pass; whatever it does not prove valid takes the full
 * path, which alone produces verdicts and violations. Instances are immutable and thread-safe; build one per
 * type and share it.
 *
 * @param <T> the generated type
 */
public final class SchemaCodec<T> {

    private final Class<T> type;
    private final CodecLimits limits;
    private final JsonMapper mapper;
    private final JsonDocumentReader reader;
    private final SchemaValidator validator;
    private final FastPath<T> fastPath;

    private SchemaCodec(Class<T> type, String schemaResource, CodecLimits limits, boolean withFastPath) {
        this.type = Objects.requireNonNull(type, "type");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mapper = StrictMapper.create(limits);
        this.reader = new JsonDocumentReader(mapper, limits);
        this.validator = SchemaValidator.forResource(Objects.requireNonNull(schemaResource, "schemaResource"), limits);
        SchemaProfile profile = withFastPath ? SchemaProfile.of(SchemaDocuments.load(schemaResource)) : null;
        boolean fastPathOn = profile != null && profile.supported()
                && profile.evaluationFits(limits.maxEvaluationSteps(), limits.maxEvaluationDepth());
        this.fastPath = fastPathOn ? FastPath.of(profile, mapper, type) : null;
    }

    /**
     * A codec for {@code type}, validating against the classpath resource {@code schemaResource} (typically
     * the type's {@code SCHEMA_RESOURCE} constant). Loads and compiles the schema once, and derives the fast
     * path from it when the schema and the limits allow one.
     */
    public static <T> SchemaCodec<T> of(Class<T> type, String schemaResource, CodecLimits limits) {
        return new SchemaCodec<>(type, schemaResource, limits, true);
    }

    /**
     * As {@link #of}, but every input takes the full evaluation: the reference the fast path is tested and
     * measured against.
     */
    public static <T> SchemaCodec<T> withFullEvaluation(Class<T> type, String schemaResource, CodecLimits limits) {
        return new SchemaCodec<>(type, schemaResource, limits, false);
    }

    /** The fast path derived from the schema, or empty when the schema or the limits leave it off. */
    public Optional<FastPath<T>> fastPath() {
        return Optional.ofNullable(fastPath);
    }

    public CodecLimits limits() {
        return limits;
    }

    public Decoded<T> decode(String json) {
        if (fastPath == null || json.length() > limits.maxDocumentBytes()) {
            return decode(reader.read(json));
        }
        T proven = fastPath.read(json);
        return proven != null ? Decoded.valid(proven) : rejected(fastPath.violations(json)).orElseGet(() -> decode(reader.read(json)));
    }

    public Decoded<T> decode(byte[] json) {
        if (fastPath == null || json.length > limits.maxDocumentBytes()) {
            return decode(reader.read(json));
        }
        T proven = fastPath.read(json);
        return proven != null ? Decoded.valid(proven) : rejected(fastPath.violations(json)).orElseGet(() -> decode(reader.read(json)));
    }

    /** Exactly {@code decode(json).violations()}, without binding, and without a tree when the fast path decides. */
    public List<SchemaViolation> violations(String json) {
        List<SchemaViolation> decided = fastPath != null && json.length() <= limits.maxDocumentBytes() ? fastPath.violations(json) : null;
        return decided != null ? ordered(decided) : decode(reader.read(json)).violations();
    }

    /** As {@link #violations(String)}, for UTF-8 bytes. */
    public List<SchemaViolation> violations(byte[] json) {
        List<SchemaViolation> decided = fastPath != null && json.length <= limits.maxDocumentBytes() ? fastPath.violations(json) : null;
        return decided != null ? ordered(decided) : decode(reader.read(json)).violations();
    }

    /** The fast path's violations of an invalid document; empty when it found none (or left the document undecided). */
    private Optional<Decoded<T>> rejected(List<SchemaViolation> violations) {
        return violations == null || violations.isEmpty() ? Optional.empty() : Optional.of(Decoded.invalid(ordered(violations)));
    }

    /** Reads at most the document limit plus one byte, then decodes them as bytes; the caller closes the stream. */
    public Decoded<T> decode(InputStream json) {
        return reader.readBounded(Objects.requireNonNull(json, "json"))
                .map(this::decode)
                .orElseGet(() -> decode(reader.streamTooLarge()));
    }

    /** The violations of a value as it would be written; empty means {@link #encode} will succeed. */
    public List<SchemaViolation> validate(T value) {
        return encoding(value).violations();
    }

    /**
     * Compact JSON in the type's property order, absent values left out.
     *
     * @throws InvalidDocumentException when the value violates the schema or would exceed the limits this codec
     *                                  reads with: it never writes what it would refuse to read
     */
    public String encode(T value) {
        Encoding encoding = encoding(value);
        if (!encoding.violations().isEmpty()) {
            throw new InvalidDocumentException(type.getSimpleName(), encoding.violations());
        }
        return encoding.json();
    }

    /** Decodes JSON Lines from UTF-8 bytes; the stream is lazy and the caller closes the input. */
    public Stream<DecodedLine<T>> lines(InputStream jsonLines) {
        return JsonLines.stream(new JsonLines.ByteLines<>(Objects.requireNonNull(jsonLines, "jsonLines"), this));
    }

    /** Decodes JSON Lines from characters; the stream is lazy and the caller closes the reader. */
    public Stream<DecodedLine<T>> lines(Reader jsonLines) {
        return JsonLines.stream(new JsonLines.CharLines<>(Objects.requireNonNull(jsonLines, "jsonLines"), this));
    }

    private Decoded<T> decode(ParsedDocument document) {
        if (!document.ok()) {
            return Decoded.invalid(List.of(document.failure()));
        }
        List<SchemaViolation> violations = validator.validate(document.tree());
        if (!violations.isEmpty()) {
            return Decoded.invalid(ordered(violations));
        }
        try {
            return Decoded.valid(mapper.treeToValue(document.tree(), type));
        } catch (JacksonException e) {
            return Decoded.invalid(List.of(new SchemaViolation(JsonPointers.of(e), SchemaViolation.BINDING,
                    "Valid against the schema but not bindable to " + type.getSimpleName() + ": " + e.getOriginalMessage())));
        }
    }

    private Encoding encoding(T value) {
        Objects.requireNonNull(value, "value");
        String proven = fastPath != null ? fastPath.write(value) : null;
        if (proven != null && utf8Length(proven) <= limits.maxDocumentBytes()) {
            return new Encoding(proven, List.of());
        }
        JsonNode tree;
        try {
            tree = mapper.valueToTree(value);
        } catch (JacksonException e) {
            return Encoding.invalid(new SchemaViolation(JsonPointers.of(e), SchemaViolation.BINDING,
                    type.getSimpleName() + " cannot be represented as JSON: " + e.getOriginalMessage()));
        }
        List<SchemaViolation> violations = validator.validate(tree);
        if (!violations.isEmpty()) {
            return new Encoding(null, ordered(violations));
        }
        String json;
        try {
            json = mapper.writeValueAsString(tree);
        } catch (StreamConstraintsException e) {
            return Encoding.invalid(new SchemaViolation("", SchemaViolation.LIMIT,
                    "Value nests deeper than the limit of " + limits.maxNestingDepth() + ": " + e.getOriginalMessage()));
        }
        // Bytes, not characters: what is written must also pass read(byte[]), which counts UTF-8 bytes.
        long bytes = utf8Length(json);
        if (bytes > limits.maxDocumentBytes()) {
            return Encoding.invalid(new SchemaViolation("", SchemaViolation.LIMIT, "Written document is " + bytes
                    + " bytes in UTF-8, over the limit of " + limits.maxDocumentBytes()));
        }
        return new Encoding(json, List.of());
    }

    private List<SchemaViolation> ordered(List<SchemaViolation> violations) {
        return violations.isEmpty() ? List.of() : ViolationReport.ordered(violations, limits.maxViolations());
    }

    /** The written document, or why there is none. */
    private record Encoding(String json, List<SchemaViolation> violations) {

        static Encoding invalid(SchemaViolation violation) {
            return new Encoding(null, List.of(violation));
        }
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

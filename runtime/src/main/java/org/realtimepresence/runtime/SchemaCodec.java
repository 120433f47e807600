// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.realtimepresence.runtime.internal.fastpath.FastPath;
import org.realtimepresence.runtime.internal.fastpath.SchemaProfile;
import org.realtimepresence.runtime.internal.json.ExactJson;
import org.realtimepresence.runtime.internal.json.StrictFactory;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import org.realtimepresence.runtime.internal.json.Utf8;
import org.realtimepresence.runtime.internal.validation.JsonPointers;
import org.realtimepresence.runtime.internal.validation.SchemaValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON for one generated type and the schema it was generated from: reads, validates and writes the type
 * exactly as the schema says. Generated {@code XJson} classes are static front doors to one of these; build your
 * own with {@link #of} when you need other {@link CodecLimits}.
 *
 * <p>The full path parses every input once into a tree, validates the tree against the schema, and binds only a
 * tree without violations to {@code T}. Reading and validating share that path, so they cannot disagree. When
 * the schema stays within the subset the fast path understands, a streaming check derived from the schema first
 * tries to prove the input valid while binding it in one pass; whatever it does not prove valid takes the full
 * path, which alone produces verdicts and violations. Instances are immutable and thread-safe; build one per
 * type and share it.
 *
 * @param <T> the generated type
 */
public final class SchemaCodec<T> {

    private final Class<T> type;
    private final CodecLimits limits;
    private final JsonFactory factory;
    /**
     * The mapper and the tree reader of the full path, built on first use: building a JVM's first mapper costs more
     * than a short command spends on its records, and a fast path that decides every document never needs one.
     */
    private volatile FullPath full;

    private final ClassLoader loader;
    private final String schemaResource;
    /** Compiled on first use when a fast path exists, which often decides every document on its own. */
    private volatile SchemaValidator validator;

    private final FastPath<T> fastPath;

    private SchemaCodec(Class<T> type, String schemaResource, CodecLimits limits, boolean withFastPath) {
        this.type = Objects.requireNonNull(type, "type");
        this.limits = Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(schemaResource, "schemaResource");
        ClassLoader loader = SchemaDocuments.loaderOf(type);
        if (loader.getResource(schemaResource) == null) {
            throw new IllegalArgumentException("No codec for " + type.getName() + ": its schema resource "
                    + schemaResource + " is not on the class path of " + type.getName()
                    + "; package the schema next to the generated type");
        }
        this.factory = StrictFactory.create(limits);
        this.loader = loader;
        this.schemaResource = schemaResource;
        SchemaProfile profile = withFastPath ? SchemaProfile.of(SchemaDocuments.load(loader, schemaResource)) : null;
        boolean fastPathOn = profile != null
                && profile.supported()
                && profile.evaluationFits(limits.maxEvaluationSteps(), limits.maxEvaluationDepth());
        this.fastPath = fastPathOn ? FastPath.of(profile, factory, this::mapper, type, limits) : null;
        // A schema the profile covers only in part needs networknt for some documents: compile it now, so that a
        // schema networknt refuses (a remote reference) fails when the codec is built, not mid-traffic.
        if (fastPath == null || !profile.fullyProfiled()) {
            validator();
        }
    }

    private record FullPath(JsonMapper mapper, JsonDocumentReader reader) {}

    private FullPath full() {
        FullPath built = full;
        if (built == null) {
            synchronized (this) {
                built = full;
                if (built == null) {
                    JsonMapper mapper = StrictMapper.create(factory);
                    built = new FullPath(mapper, new JsonDocumentReader(mapper, limits));
                    full = built;
                }
            }
        }
        return built;
    }

    private JsonMapper mapper() {
        return full().mapper();
    }

    private JsonDocumentReader reader() {
        return full().reader();
    }

    /** networknt's compiled schema: loading and compiling it costs more than a JVM start, so only when needed. */
    private SchemaValidator validator() {
        SchemaValidator compiled = validator;
        if (compiled == null) {
            synchronized (this) {
                compiled = validator;
                if (compiled == null) {
                    compiled = SchemaValidator.forResource(loader, schemaResource, limits);
                    validator = compiled;
                }
            }
        }
        return compiled;
    }

    /**
     * A codec for {@code type}, validating against the resource {@code schemaResource} (the generated type's
     * {@code SCHEMA_RESOURCE} constant), looked up through {@code type}'s own class loader. Loads and compiles the
     * schema once, and derives the fast path from it when the schema and the limits allow one.
     *
     * @throws IllegalArgumentException naming the type and the resource when the resource is not there
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

    /** The type this codec reads and writes. */
    public Class<T> type() {
        return type;
    }

    /** The limits this codec reads and writes under. */
    public CodecLimits limits() {
        return limits;
    }

    /** Whether a fast path was derived from the schema (the schema and the limits allow one). */
    public boolean hasFastPath() {
        return fastPath != null;
    }

    /**
     * The value in {@code json}.
     *
     * @throws InvalidDocumentException with every violation (up to the cap) when the document is invalid
     */
    public T read(String json) {
        return orThrow(decode(json));
    }

    /** As {@link #read(String)}, for UTF-8 bytes. */
    public T read(byte[] json) {
        return orThrow(decode(json));
    }

    /**
     * As {@link #read(String)}, for a UTF-8 stream holding one document; reads at most the document limit plus one
     * byte and does not close the stream.
     */
    public T read(InputStream json) {
        return orThrow(decode(json));
    }

    /** The value in {@code json} or its violations, without throwing. */
    public Decoded<T> decode(String json) {
        if (fastPath == null || json.length() > limits.maxDocumentBytes()) {
            return decode(reader().read(json));
        }
        T proven = fastPath.read(json);
        return proven != null
                ? Decoded.valid(1, proven)
                : rejected(fastPath.violations(json)).orElseGet(() -> decode(reader().read(json)));
    }

    /** As {@link #decode(String)}, for UTF-8 bytes. */
    public Decoded<T> decode(byte[] json) {
        if (fastPath == null || json.length > limits.maxDocumentBytes()) {
            return decode(reader().read(json));
        }
        List<Violation> reported = new ArrayList<>(0);
        T proven = fastPath.read(json, reported);
        if (proven != null) {
            return Decoded.valid(1, proven);
        }
        if (!reported.isEmpty()) {
            return Decoded.invalid(1, ordered(reported));
        }
        // read() has already asked the byte scanner, to prove and to report: the parser decides the rest.
        return rejected(fastPath.parsedViolations(json)).orElseGet(() -> decode(reader().read(json)));
    }

    /** The fast path's violations of an invalid document; empty when it found none or left the document undecided. */
    private Optional<Decoded<T>> rejected(List<Violation> violations) {
        return violations == null || violations.isEmpty()
                ? Optional.empty()
                : Optional.of(Decoded.invalid(1, ordered(violations)));
    }

    /** As {@link #decode(String)}, for a UTF-8 stream, read as {@link #read(InputStream)} reads it. */
    public Decoded<T> decode(InputStream json) {
        return reader().readBounded(Objects.requireNonNull(json, "json"))
                .map(this::decode)
                .orElseGet(() -> decode(reader().streamTooLarge()));
    }

    /**
     * Every violation in {@code json}, ordered by pointer; empty means valid. Exactly
     * {@code decode(json).violations()}, without binding, and without a tree when the fast path decides.
     */
    public List<Violation> validate(String json) {
        List<Violation> decided =
                fastPath != null && json.length() <= limits.maxDocumentBytes() ? fastPath.violations(json) : null;
        return decided != null ? ordered(decided) : decode(reader().read(json)).violations();
    }

    /** As {@link #validate(String)}, for UTF-8 bytes. */
    public List<Violation> validate(byte[] json) {
        List<Violation> decided =
                fastPath != null && json.length <= limits.maxDocumentBytes() ? fastPath.violations(json) : null;
        return decided != null ? ordered(decided) : decode(reader().read(json)).violations();
    }

    /**
     * As {@link #validate(byte[])}, for the record in {@code buf[from, to)}, so that the framing layer can validate
     * records where they stand in its buffer: a record the fast path's byte scanner proves valid is never copied.
     */
    List<Violation> validate(byte[] buf, int from, int to) {
        Objects.checkFromToIndex(from, to, buf.length);
        List<Violation> decided =
                fastPath != null && to - from <= limits.maxDocumentBytes() ? fastPath.violations(buf, from, to) : null;
        return decided != null
                ? ordered(decided)
                : decode(reader().read(Arrays.copyOfRange(buf, from, to))).violations();
    }

    /** The violations of a value as it would be written; empty means {@link #write} will succeed. */
    public List<Violation> validate(T value) {
        return encoding(value).violations();
    }

    /**
     * Compact JSON in the type's property order, absent values left out.
     *
     * @throws InvalidDocumentException when the value violates the schema or would exceed the limits this codec
     *                                  reads with: it never writes what it would refuse to read
     */
    public String write(T value) {
        Encoding encoding = encoding(value);
        if (!encoding.violations().isEmpty()) {
            throw new InvalidDocumentException(type.getSimpleName(), encoding.violations());
        }
        return encoding.json();
    }

    /**
     * Decodes every record of a UTF-8 stream, lazily, each with the line it starts on. The stream may hold JSON
     * Lines, one JSON object, a JSON array of records, or records one after another; a malformed or oversized
     * record is reported with its violations and reading goes on with the next one. Memory stays bounded by the
     * document limit whatever the size of the input. The caller closes {@code records}.
     */
    public Stream<Decoded<T>> lines(InputStream records) {
        return FramedRecords.stream(this, Objects.requireNonNull(records, "records"));
    }

    /**
     * As {@link #lines(InputStream)}, decoding on {@code threads} threads: the records still come in input order,
     * and at most two batches of records per thread are in flight, so memory stays bounded. Close the stream to
     * stop the threads.
     */
    public Stream<Decoded<T>> lines(InputStream records, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return FramedRecords.stream(this, Objects.requireNonNull(records, "records"), threads);
    }

    /**
     * As {@link #lines(InputStream, int)}, when only the verdicts matter: each record is validated as
     * {@link #validate(byte[])} validates it, with the same violations as {@code lines} would report, but no
     * valid record is bound, which spares most of the work for a command that only checks records.
     */
    public Stream<RecordVerdict> verdicts(InputStream records, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return FramedRecords.verdicts(this, Objects.requireNonNull(records, "records"), threads);
    }

    private Decoded<T> decode(ParsedDocument document) {
        if (!document.ok()) {
            return Decoded.invalid(1, List.of(document.failure()));
        }
        List<Violation> violations = validator().validate(document.tree());
        if (!violations.isEmpty()) {
            return Decoded.invalid(1, ordered(violations));
        }
        try {
            return Decoded.valid(1, mapper().treeToValue(document.tree(), type));
        } catch (JacksonException e) {
            return Decoded.invalid(
                    1,
                    List.of(new Violation(
                            JsonPointers.of(e),
                            Violation.BINDING,
                            "Valid against the schema but not bindable to " + type.getSimpleName() + ": "
                                    + e.getOriginalMessage())));
        }
    }

    /**
     * Writes the value, then validates exactly what was written, as a reader will parse it. Writing goes first,
     * straight to text, because the generator counts nesting as it goes: a value nested 10,000 deep (or a cycle)
     * stops at the depth limit instead of overflowing the stack while being turned into a tree.
     */
    private Encoding encoding(T value) {
        Objects.requireNonNull(value, "value");
        // Within the document limit: the fast path counts the bytes as it writes.
        String proven = fastPath != null ? fastPath.write(value) : null;
        if (proven != null) {
            return new Encoding(proven, List.of());
        }
        String json;
        try {
            json = ExactJson.escapeLoneSurrogates(mapper().writeValueAsString(value));
        } catch (JacksonException e) {
            if (ExactJson.isConstraint(e)) {
                return Encoding.invalid(new Violation(
                        "",
                        Violation.LIMIT,
                        "Value nests deeper than the limit of " + limits.maxNestingDepth()
                                + " (a cycle nests without end): " + e.getOriginalMessage()));
            }
            return Encoding.invalid(new Violation(
                    JsonPointers.of(e),
                    Violation.BINDING,
                    type.getSimpleName() + " cannot be represented as JSON: " + e.getOriginalMessage()));
        }
        // Bytes, not characters: what is written must also pass read(byte[]), which counts UTF-8 bytes.
        long bytes = Utf8.length(json);
        if (bytes > limits.maxDocumentBytes()) {
            return Encoding.invalid(new Violation(
                    "",
                    Violation.LIMIT,
                    "Written document is " + bytes + " bytes in UTF-8, over the limit of "
                            + limits.maxDocumentBytes()));
        }
        ParsedDocument written = reader().read(json);
        if (!written.ok()) {
            return Encoding.invalid(written.failure());
        }
        List<Violation> violations = validator().validate(written.tree());
        return violations.isEmpty() ? new Encoding(json, List.of()) : new Encoding(null, ordered(violations));
    }

    private T orThrow(Decoded<T> decoded) {
        return decoded.value()
                .orElseThrow(() -> new InvalidDocumentException(type.getSimpleName(), decoded.violations()));
    }

    private List<Violation> ordered(List<Violation> violations) {
        return violations.isEmpty() ? List.of() : ViolationReport.ordered(violations, limits.maxViolations());
    }

    /** The written document, or why there is none. */
    private record Encoding(String json, List<Violation> violations) {

        static Encoding invalid(Violation violation) {
            return new Encoding(null, List.of(violation));
        }
    }
}

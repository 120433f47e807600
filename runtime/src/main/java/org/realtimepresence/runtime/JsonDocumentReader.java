// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.realtimepresence.runtime.internal.json.WholeCharacterParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses untrusted input into one JSON tree, exactly once, or says in one violation why it cannot.
 *
 * <p>Bytes must be strict UTF-8 (RFC 8259): they are decoded with a reporting decoder, so overlong forms,
 * encoded surrogates and stray bytes are {@code syntax} violations with their byte offset rather than being
 * replaced or sniffed as another encoding. Sizes are checked before any work, so a 10 MB input costs nothing.
 */
final class JsonDocumentReader {

    private final JsonMapper mapper;
    private final int maxDocumentBytes;

    JsonDocumentReader(JsonMapper mapper, CodecLimits limits) {
        this.mapper = mapper;
        this.maxDocumentBytes = limits.maxDocumentBytes();
    }

    ParsedDocument read(byte[] bytes) {
        if (bytes.length > maxDocumentBytes) {
            return tooLarge(bytes.length + " bytes");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return failed(
                    Violation.SYNTAX,
                    "",
                    "Input is not valid UTF-8: malformed byte sequence at byte offset " + in.position());
        }
        return parse(out.flip().toString());
    }

    ParsedDocument read(String text) {
        if (text.length() > maxDocumentBytes) {
            return tooLarge(text.length() + " characters");
        }
        return parse(text);
    }

    /**
     * The stream's bytes, or empty when it holds more than the limit: it reads at most one byte past the
     * limit, so an endless stream is cut off rather than buffered.
     */
    Optional<byte[]> readBounded(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(maxDocumentBytes + 1);
            return bytes.length > maxDocumentBytes ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the JSON input", e);
        }
    }

    /** The verdict on a stream {@link #readBounded} cut off. */
    ParsedDocument streamTooLarge() {
        return tooLarge("more than " + maxDocumentBytes + " bytes");
    }

    private ParsedDocument parse(String text) {
        try (JsonParser parser = new WholeCharacterParser(mapper.createParser(text))) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    return failed(Violation.SYNTAX, "", "Input is empty: expected a JSON document");
                }
                if (parser.nextToken() != null) {
                    return failed(
                            Violation.SYNTAX,
                            "",
                            "Malformed JSON " + at(parser.currentTokenLocation())
                                    + "unexpected content after the document");
                }
                return ParsedDocument.parsed(tree);
            } catch (StreamConstraintsException e) {
                return failed(Violation.LIMIT, pointer(parser), at(parser.currentLocation()) + e.getOriginalMessage());
            } catch (NumberFormatException | ArithmeticException e) {
                // A well-formed number whose exponent no BigDecimal can hold, such as 1E-99999999999.
                return failed(
                        Violation.LIMIT,
                        pointer(parser),
                        at(parser.currentLocation()) + "Number is outside the range a BigDecimal can hold exactly: "
                                + e.getMessage());
            } catch (JacksonException e) {
                return failed(
                        Violation.SYNTAX,
                        pointer(parser),
                        "Malformed JSON " + at(e.getLocation() != null ? e.getLocation() : parser.currentLocation())
                                + e.getOriginalMessage());
            }
        }
    }

    private static ParsedDocument failed(String keyword, String pointer, String message) {
        return ParsedDocument.failed(new Violation(pointer, keyword, message));
    }

    /** Where the parser stood; a duplicate or malformed key is reported at the key's own pointer. */
    private static String pointer(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        return context == null ? "" : context.pathAsPointer().toString();
    }

    private ParsedDocument tooLarge(String size) {
        return failed(Violation.LIMIT, "", "Document is " + size + ", over the limit of " + maxDocumentBytes);
    }

    private static String at(TokenStreamLocation location) {
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Refuses a string or property name that holds an unpaired surrogate, such as <code>"&#92;ud800"</code>. RFC 8259
 * (section 8.2) lets a parser accept it but says its meaning is unpredictable, and I-JSON (RFC 7493) forbids it:
 * such a string has no UTF-8 form, so writing it back would either change it or emit text no reader accepts.
 * The codec decides once: a lone surrogate is a {@code syntax} violation on reading, and so on writing.
 */
public final class WholeCharacterParser extends JsonParserDelegate {

    public WholeCharacterParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
            check(token == JsonToken.VALUE_STRING ? delegate.getString() : delegate.currentName());
        }
        return token;
    }

    @Override
    public JsonToken nextValue() {
        JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public String nextName() {
        return nextToken() == JsonToken.PROPERTY_NAME ? delegate.currentName() : null;
    }

    private void check(String text) {
        int at = ExactJson.loneSurrogate(text);
        if (at >= 0) {
            throw new StreamReadException(
                    delegate,
                    String.format(
                            "Lone surrogate \\u%04x in a string: text with an"
                                    + " unpaired surrogate has no UTF-8 form, so it is refused (RFC 7493)",
                            (int) text.charAt(at)));
        }
    }
}

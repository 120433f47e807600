// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** RFC 6901 JSON Pointer escaping, and the percent-decoding of a URI fragment that holds one. */
public final class JsonPointers {

    private JsonPointers() {}

    public static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Percent-decodes a raw URI fragment (RFC 3986: {@code +} is a plain character there, unlike in
     * form encoding).
     */
    public static String decodeFragment(String rawFragment) {
        return URLDecoder.decode(rawFragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}

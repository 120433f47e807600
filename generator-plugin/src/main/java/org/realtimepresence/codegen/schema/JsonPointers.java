package org.realtimepresence.codegen.schema;

/** RFC 6901 JSON Pointer escaping. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}

package org.realtimepresence.json;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/** Builds RFC 6901 JSON Pointers from the locations Jackson and networknt report. */
final class JsonPointers {

    private JsonPointers() {
    }

    static String child(String parent, String property) {
        return parent + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    /** Where a Jackson exception happened: the binding path if it has one, else the parser's position. */
    static String of(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (!path.isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JacksonException.Reference reference : path) {
                String name = reference.getPropertyName();
                pointer.append(name != null ? child("", name) : "/" + reference.getIndex());
            }
            return pointer.toString();
        }
        if (e.processor() instanceof JsonParser parser && parser.streamReadContext() != null) {
            return parser.streamReadContext().pathAsPointer().toString();
        }
        return "";
    }
}

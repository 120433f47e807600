package org.realtimepresence.runtime.internal.fastpath;

import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;
import java.util.function.Predicate;

/**
 * A {@code format} the fast path asserts. A value may be <em>proven</em> by a strict check that also guarantees
 * it binds, and is <em>refused</em> only when networknt's own format check refuses it, with networknt's message:
 * a value between the two (valid for networknt, not proven here) is left to the full evaluation.
 */
final class StringFormat {

    static final StringFormat DATE_TIME = new StringFormat("date-time", StrictDateTime::accepts, new DateTimeFormat(),
            "must be a valid RFC 3339 date-time");

    private final Predicate<String> proven;
    private final Format networknt;
    private final String message;

    private StringFormat(String name, Predicate<String> proven, Format networknt, String explanation) {
        this.proven = proven;
        this.networknt = networknt;
        this.message = "does not match the " + name + " pattern " + explanation;
    }

    /** Whether the value is valid for this format and binds as the generated types expect. */
    boolean proves(String value) {
        return proven.test(value);
    }

    /** Whether networknt refuses the value; its check needs no execution context. */
    boolean refuses(String value) {
        return !networknt.matches(null, value);
    }

    /** networknt's English message for a refused value. */
    String message() {
        return message;
    }
}

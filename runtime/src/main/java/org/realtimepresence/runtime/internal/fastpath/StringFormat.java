// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@code format} the fast path asserts, with networknt's own check for it, so the verdict is networknt's. A value
 * may be <em>proven</em> by a check that also guarantees it binds, and is <em>refused</em> only when networknt's
 * check refuses it, with networknt's message: a value between the two (valid for networknt, not proven here) is
 * left to the full evaluation. Only formats whose networknt check needs no execution context are listed.
 */
final class StringFormat {

    /**
     * networknt's own date-time check, made here rather than looked up in {@link Formats#DEFAULT}: that list builds
     * every format networknt knows (e-mail's domain tables, IRI and URI-template patterns) when first touched, a
     * noticeable part of a short command's start, and a schema whose only format is date-time needs none of them.
     */
    static final StringFormat DATE_TIME = new StringFormat(
            "date-time", new DateTimeFormat(), "must be a valid RFC 3339 date-time", StrictDateTime::accepts, false);

    /** The other formats, built on first use; see {@link #DATE_TIME}. */
    private static final class Others {
        static final Map<String, StringFormat> BY_NAME = Map.of(
                "date", other("date", "must be a valid RFC 3339 full-date"),
                "time", other("time", "must be a valid RFC 3339 time"),
                "uuid", other("uuid", "must be a valid RFC 4122 UUID"),
                "email", other("email", "must be a valid RFC 5321 Mailbox"),
                "ipv4", other("ipv4", "must be a valid RFC 2673 IP address"),
                "hostname", other("hostname", "must be a valid RFC 1123 host name"),
                "ipv6", other("ipv6", "must be a valid RFC 4291 IP address"),
                "uri", other("uri", "must be a valid RFC 3986 URI"),
                "uri-reference", other("uri-reference", "must be a valid RFC 3986 URI-reference"));
    }

    private final Predicate<String> proven;
    private final Format networknt;
    private final String message;
    /** Whether a proven value may still fail to bind to a typed field (a {@code UUID}, a {@code LocalDate}). */
    private final boolean bindingRisk;

    private StringFormat(
            String name, Format networknt, String explanation, Predicate<String> proven, boolean bindingRisk) {
        this.networknt = networknt;
        this.proven = proven;
        this.message = "does not match the " + name + " pattern " + explanation;
        this.bindingRisk = bindingRisk;
    }

    private static StringFormat other(String name, String explanation) {
        Format format = networknt(name);
        return new StringFormat(name, format, explanation, value -> format.matches(null, value), true);
    }

    private static Format networknt(String name) {
        return Formats.DEFAULT.stream()
                .filter(format -> format.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("networknt has no format " + name));
    }

    /** The asserted format of that name, or null when the fast path does not check it. */
    static StringFormat named(String name) {
        return "date-time".equals(name) ? DATE_TIME : Others.BY_NAME.get(name);
    }

    /** Whether the value is valid for this format and binds as the generated types expect. */
    boolean proves(String value) {
        return proven.test(value);
    }

    /** Whether networknt refuses the value; its check needs no execution context. */
    boolean refuses(String value) {
        return !networknt.matches(null, value);
    }

    /** Whether a proven value may still fail to bind to a typed field. */
    boolean bindingRisk() {
        return bindingRisk;
    }

    /** networknt's English message for a refused value. */
    String message() {
        return message;
    }
}

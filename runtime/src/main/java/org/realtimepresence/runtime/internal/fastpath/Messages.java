// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.text.MessageFormat;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * networknt's English message templates (its {@code jsv-messages.properties}) for the keywords the fast path
 * reports, formatted as networknt formats them: with {@link MessageFormat} in English, so an integer argument such
 * as a {@code minLength} of 1000 reads "1,000".
 */
final class Messages {

    static final String MIN_LENGTH = "must be at least {0} characters long";
    static final String MAX_LENGTH = "must be at most {0} characters long";
    static final String PATTERN = "does not match the regex pattern {0}";
    static final String MINIMUM = "must have a minimum value of {0}";
    static final String MAXIMUM = "must have a maximum value of {0}";
    static final String EXCLUSIVE_MINIMUM = "must have an exclusive minimum value of {0}";
    static final String EXCLUSIVE_MAXIMUM = "must have an exclusive maximum value of {0}";
    static final String MULTIPLE_OF = "must be multiple of {0}";
    static final String MIN_ITEMS = "must have at least {0} items but found {1}";
    static final String MAX_ITEMS = "must have at most {0} items but found {1}";
    static final String MIN_PROPERTIES = "must have at least {0} properties";
    static final String MAX_PROPERTIES = "must have at most {0} properties";
    static final String UNIQUE_ITEMS = "must have only unique items in the array";
    static final String CONST = "must be the constant value ''{0}''";
    static final String ENUM = "does not have a value in the enumeration {0}";
    static final String REQUIRED = "required property ''{0}'' not found";
    static final String ADDITIONAL_PROPERTIES =
            "property ''{0}'' is not defined in the schema and the schema does not allow additional properties";
    static final String TYPE = "{0} found, {1} expected";

    private Messages() {}

    /**
     * {@code value.toString()}, Jackson's compact JSON, written here for the scalars a schema's {@code enum} and
     * {@code const} usually hold: Jackson writes a node through a mapper built on first use, which would cost a
     * codec whose fast path never needs a mapper its largest start-up expense. Anything else is Jackson's own text.
     */
    static String json(JsonNode value) {
        if (value.isString() && plain(value.stringValue())) {
            return '"' + value.stringValue() + '"';
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean() || value.isInt() || value.isLong()) {
            return value.asString();
        }
        return value.toString();
    }

    /** Whether Jackson writes every character of {@code text} as itself between quotes. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static String format(String template, Object... arguments) {
        for (Object argument : arguments) {
            if (!(argument instanceof String)) {
                return new MessageFormat(template, Locale.ENGLISH).format(arguments);
            }
        }
        return withText(template, arguments);
    }

    /**
     * What {@link MessageFormat} makes of these templates when every argument is text, without parsing the
     * template for each violation: text is inserted as it is, and the templates quote only as {@code ''}.
     */
    private static String withText(String template, Object... arguments) {
        StringBuilder message = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
                message.append('\'');
                i++;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                message.append((String) arguments[Integer.parseInt(template, i + 1, close, 10)]);
                i = close;
            } else {
                message.append(c);
            }
        }
        return message.toString();
    }
}

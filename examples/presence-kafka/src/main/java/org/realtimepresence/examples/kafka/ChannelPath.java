// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the channel out of {@code /channels/{channel}/members}, the channel percent-encoded as UTF-8 (a
 * {@code /} inside it written {@code %2F}; {@code +} is a plus sign).
 */
final class ChannelPath {

    /** A path under {@code /channels/} that is not one channel's members is malformed. */
    static final String PREFIX = "/channels/";

    private static final Pattern MEMBERS = Pattern.compile("/channels/([^/]+)/members");

    private ChannelPath() {}

    /** The channel named by {@code rawPath}; throws {@link IllegalArgumentException} saying what is wrong. */
    static String channel(String rawPath) {
        Matcher matcher = MEMBERS.matcher(rawPath);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected /channels/{channel}/members with a non-empty,"
                    + " percent-encoded channel, got " + rawPath);
        }
        return decode(matcher.group(1));
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("bad percent-encoding at character " + (i + 1)
                            + " of the channel " + encoded + ": expected % and two hex digits");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the channel " + encoded + " does not decode as UTF-8");
        }
    }
}

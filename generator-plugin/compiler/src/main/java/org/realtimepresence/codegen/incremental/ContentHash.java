// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.realtimepresence.codegen.CodegenException;

/** SHA-256, the one digest the incremental build uses. */
public final class ContentHash {

    private ContentHash() {}

    /** The hex SHA-256 of a file's bytes. */
    public static String of(Path file) throws CodegenException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new CodegenException("Cannot read " + file + " to hash it: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.realtimepresence.codegen.schema.SchemaFile;

/**
 * A SHA-256 over every input that shapes the output: each schema's relative path and bytes, the
 * effective configuration and the plugin version. Timestamps play no part, so a fresh checkout of
 * the same sources is up to date.
 */
public final class InputFingerprint {

    private InputFingerprint() {}

    public static String of(Collection<SchemaFile> schemas, String effectiveConfiguration) {
        MessageDigest digest = ContentHash.sha256();
        digest.update(effectiveConfiguration.getBytes(StandardCharsets.UTF_8));
        List<SchemaFile> ordered = schemas.stream()
                .sorted(Comparator.comparing(SchemaFile::relativePath))
                .toList();
        for (SchemaFile schema : ordered) {
            digest.update((byte) 0);
            digest.update(schema.relativePath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(schema.content().length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(schema.content());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.realtimepresence.examples.providers.Provider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a provider by its lower-case name, and lists those names for the help. */
final class ProviderConverter implements ITypeConverter<Provider>, Iterable<String> {

    @Override
    public Provider convert(String value) {
        return Arrays.stream(Provider.values())
                .filter(provider -> provider.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(
                        "unknown provider '" + value + "'; expected one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Provider.values()).map(Provider::wireName).iterator();
    }
}

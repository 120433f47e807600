package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.realtimepresence.examples.providers.AdapterContext;
import org.realtimepresence.examples.providers.MappingException;
import org.realtimepresence.examples.providers.Provider;
import org.realtimepresence.examples.providers.ProviderJson;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/** {@code presence normalize}: provider payloads in, canonical records out as JSON Lines. */
@Command(name = "normalize",
        description = {"Turn a provider's presence payloads into canonical records, written as JSON Lines.",
            "A FILE holds one provider JSON document, or several one after another (e.g. JSON Lines);"
                    + " - is standard input.",
            "A document that cannot be mapped is reported on stderr and gives no records."},
        footer = {"", "Exit codes: 0 all mapped, 1 some document could not be mapped, 2 usage or I/O error."})
final class NormalizeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--from", required = true, paramLabel = "PROVIDER", converter = ProviderConverter.class,
            completionCandidates = ProviderConverter.class,
            description = "The provider that sent the payloads: ${COMPLETION-CANDIDATES}.")
    Provider provider;

    @Option(names = "--channel", paramLabel = "NAME",
            description = "The channel, for payloads that do not name one (Ably history, PubNub single events,"
                    + " Phoenix payloads, LiveKit participant lists).")
    String channel;

    @Option(names = "--received-at", paramLabel = "RFC3339", converter = Rfc3339Converter.class,
            description = "When the payloads were received; the occurredAt of records whose provider sends no time.")
    OffsetDateTime receivedAt;

    @Mixin
    Inputs inputs;

    /** One document at a time out of a file that may hold several. */
    private static final ObjectReader DOCUMENTS = ProviderJson.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Integer call() {
        AdapterContext context = new AdapterContext(channel, receivedAt);
        boolean unmapped = false;
        boolean ioFailed = false;
        for (InputFile file : inputs.files()) {
            try (InputStream in = file.open()) {
                unmapped |= !normalize(file.displayName(), in, context);
            } catch (JacksonIOException e) {
                inputs.cannotRead(file, e.getOriginalMessage());
                ioFailed = true;
            } catch (IOException e) {
                inputs.cannotRead(file, e);
                ioFailed = true;
            }
        }
        return ioFailed ? 2 : unmapped ? 1 : 0;
    }

    /** Maps every document of one file; tells whether all of them could be mapped. */
    private boolean normalize(String file, InputStream in, AdapterContext context) {
        PrintWriter out = inputs.out();
        PrintWriter err = inputs.err();
        boolean allMapped = true;
        try (JsonParser parser = ProviderJson.mapper().createParser(in)) {
            while (parser.nextToken() != null) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode document = DOCUMENTS.readValue(parser);
                try {
                    // Map the whole document before writing, so a failure never leaves half of it written.
                    List<RealtimePresence> records = provider.normalize(document, context);
                    records.forEach(record -> out.println(RealtimePresenceJson.write(record)));
                } catch (MappingException e) {
                    err.println(file + ":" + line + ": " + e.getMessage());
                    allMapped = false;
                } catch (RuntimeException e) {
                    // A document no mapping rule foresaw: report it and go on with the next one.
                    err.println(file + ":" + line + ": " + provider.wireName() + ": cannot map this document: " + e);
                    allMapped = false;
                }
            }
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            err.println(where + ": " + provider.wireName() + ": not valid JSON: " + e.getOriginalMessage());
            allMapped = false;
        } catch (NumberFormatException | ArithmeticException e) {
            // A number no decimal can hold (1e-99999999999): the rest of this file cannot be read safely.
            err.println(file + ": " + provider.wireName() + ": a number is out of range: " + e.getMessage()
                    + "; the rest of this file is not read");
            allMapped = false;
        }
        out.flush();
        return allMapped;
    }
}

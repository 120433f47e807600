// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.realtimepresence.examples.providers.AdapterContext;
import org.realtimepresence.examples.providers.Provider;
import org.realtimepresence.examples.providers.ProviderReader;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code presence normalize}: provider payloads in, canonical records out as JSON Lines. */
@Command(
        name = "normalize",
        description = {
            "Turn a provider's presence payloads into canonical records, written as JSON Lines.",
            "A FILE holds one provider JSON document, or several one after another (e.g. JSON Lines);"
                    + " - is standard input. It must be UTF-8.",
            "A document that lists events (a PubNub subscribe response, a Pusher webhook envelope, an Ably"
                    + " array) is read and mapped one event at a time, in bounded memory whatever its size;"
                    + " any other document, and each event, may be up to " + ProviderReader.MAX_TREE_CHARS
                    + " characters.",
            "A document or event that cannot be mapped is reported on stderr and gives no records;"
                    + " the next one is still read."
        },
        footer = {"", "Exit codes: 0 all mapped, 1 some document could not be mapped, 2 usage or I/O error."})
final class NormalizeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "PROVIDER",
            converter = ProviderConverter.class,
            completionCandidates = ProviderConverter.class,
            description = "The provider that sent the payloads: ${COMPLETION-CANDIDATES}.")
    Provider provider;

    @Option(
            names = "--channel",
            paramLabel = "NAME",
            description = "The channel, for payloads that do not name one (Ably history, PubNub single events,"
                    + " Phoenix payloads, LiveKit participant lists).")
    String channel;

    @Option(
            names = "--received-at",
            paramLabel = "RFC3339",
            converter = Rfc3339Converter.class,
            description = "When the payloads were received; the occurredAt of records whose provider sends no time.")
    OffsetDateTime receivedAt;

    @Mixin
    Inputs inputs;

    @Override
    public Integer call() {
        ProviderReader reader = new ProviderReader(provider, new AdapterContext(channel, receivedAt));
        boolean ioFailed = false;
        boolean unmapped = false;
        for (InputFile file : inputs.files()) {
            if (inputs.outputFailed()) {
                break;
            }
            Output output = new Output(file.displayName());
            try (InputStream in = file.open()) {
                reader.read(in, output);
            } catch (IOException e) {
                inputs.cannotRead(file, e);
                ioFailed = true;
            }
            unmapped |= output.unmapped;
        }
        inputs.out().flush();
        return ioFailed ? 2 : unmapped ? 1 : 0;
    }

    /** Records to standard output, reports to standard error, both naming the file. */
    private final class Output implements ProviderReader.Sink {

        private final String file;
        private boolean unmapped;

        Output(String file) {
            this.file = file;
        }

        @Override
        public void accept(List<RealtimePresence> records) {
            PrintWriter out = inputs.out();
            records.forEach(record -> out.println(RealtimePresenceJson.write(record)));
        }

        @Override
        public void reject(String location, String message) {
            inputs.err().println(file + (location == null ? "" : ":" + location) + ": " + message);
            unmapped = true;
        }

        @Override
        public boolean wantsMore() {
            return !inputs.outputFailed();
        }
    }
}

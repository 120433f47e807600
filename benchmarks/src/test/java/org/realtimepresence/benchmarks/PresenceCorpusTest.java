package org.realtimepresence.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import tools.jackson.databind.json.JsonMapper;

class PresenceCorpusTest {

    private final PresenceCorpus corpus = PresenceCorpus.generate(PresenceCorpus.SEED, 1_000);

    @Test
    void holdsDistinctValidRecordsThatPlainJacksonAlsoReads() {
        JsonMapper plain = JsonMapper.builder().build();

        assertThat(corpus.valid()).hasSize(1_000);
        assertThat(corpus.valid().stream().map(b -> new String(b, StandardCharsets.UTF_8)).distinct()).hasSize(1_000);
        for (int i = 0; i < corpus.valid().size(); i++) {
            byte[] record = corpus.valid().get(i);
            assertThat(RealtimePresenceJson.validate(record)).isEmpty();
            assertThat(plain.readValue(record, org.realtimepresence.model.RealtimePresence.class))
                    .isEqualTo(corpus.records().get(i));
        }
    }

    @Test
    void everyInvalidVariantBreaksARule() {
        assertThat(corpus.invalid()).hasSize(1_000).allSatisfy(document -> assertThat(RealtimePresenceJson.validate(document)).isNotEmpty());
    }

    @Test
    void isTheSameForTheSameSeed() {
        PresenceCorpus again = PresenceCorpus.generate(PresenceCorpus.SEED, 1_000);

        for (int i = 0; i < 1_000; i++) {
            assertThat(Arrays.equals(again.valid().get(i), corpus.valid().get(i))).isTrue();
        }
        assertThat(PresenceCorpus.generate(PresenceCorpus.SEED + 1, 10).valid().get(0)).isNotEqualTo(corpus.valid().get(0));
    }
}

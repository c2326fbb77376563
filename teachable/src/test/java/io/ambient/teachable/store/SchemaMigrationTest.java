package io.ambient.teachable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void schema1Journal_isMigratedToSchema2AndRewritten() {
        UserId ann = UserId.of("ann");
        Instant taught = Instant.parse("2026-01-02T03:04:05Z");
        RecordKey phraseKey = RecordKey.of(RecordKind.PHRASE, ann, "movie time");
        RecordKey prefKey = RecordKey.of(RecordKind.PREFERENCE, ann, "team");
        // a journal as schema 1 wrote it: one expansion text per phrase
        Journal.writeAtomically(dir.resolve("journal"), new JournalHeader(1, 42), List.of(
                new JournalEntry(1, taught, List.of(new Change.Put(phraseKey,
                        "{\"phrase\":\"movie time\",\"expansion\":\"dim the living room lights\"}"))),
                new JournalEntry(2, taught, List.of(new Change.Put(prefKey, "{\"value\":\"Warriors\"}")))));

        try (JournaledRecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            TaughtPhrase phrase = new PhraseBook(store).find(ann, "movie time").orElseThrow();
            assertEquals(List.of("dim the living room lights"), phrase.steps());
            assertEquals(taught, phrase.taughtAt());
            assertEquals("Warriors", new PreferenceBook(store).get(ann, "team").orElseThrow().value());
        }
        Journal.Contents rewritten = Journal.read(dir.resolve("journal"));
        assertEquals(2, rewritten.header().schemaVersion());
        try (JournaledRecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("verified", store.status().openedBy());
            assertEquals(2, store.status().records());
        }
    }
}

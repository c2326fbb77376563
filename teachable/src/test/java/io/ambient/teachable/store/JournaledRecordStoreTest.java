package io.ambient.teachable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournaledRecordStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T07:00:00Z"), ZoneOffset.UTC);
    private static final UserId ANN = UserId.of("ann");

    @TempDir
    Path dir;

    private static RecordKey pref(UserId user, String key) {
        return RecordKey.of(RecordKind.PREFERENCE, user, key);
    }

    @Test
    void put_thenReopen_recordIsThereAndIndexVerified() {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            Ack ack = store.put(pref(ANN, "team"), "\"Warriors\"");
            assertEquals(1, ack.sequence());
            store.put(pref(ANN, "genre"), "\"jazz\"");
            store.remove(pref(ANN, "genre"));
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("\"Warriors\"", store.get(pref(ANN, "team")).orElseThrow().value());
            assertTrue(store.get(pref(ANN, "genre")).isEmpty());
            assertEquals("verified", store.status().openedBy());
            assertEquals(3, store.status().sequence());
        }
    }

    @Test
    void listAndUsers_areScopedByUserAndKind() {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.apply(List.of(new Change.Put(pref(ANN, "b"), "2"), new Change.Put(pref(ANN, "a"), "1"),
                    new Change.Put(RecordKey.of(RecordKind.ALIAS, ANN, "lumos"), "{}"),
                    new Change.Put(pref(UserId.of("bob"), "a"), "3"), new Change.Put(pref(UserId.HOUSEHOLD, "a"), "4")));
            assertEquals(List.of("a", "b"), store.list(RecordKind.PREFERENCE, ANN).stream().map(r -> r.key().key()).toList());
            assertEquals(3, store.listUser(ANN).size());
            assertEquals(List.of("ann", "bob", "household"), store.users().stream().map(UserId::value).toList());
        }
    }

    @Test
    void deletedIndex_isRebuiltFromJournal() throws IOException {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.put(pref(ANN, "team"), "\"Warriors\"");
        }
        StoreFiles.deleteTree(dir.resolve("index"));
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("\"Warriors\"", store.get(pref(ANN, "team")).orElseThrow().value());
            assertTrue(store.status().openedBy().startsWith("rebuilt"), store.status().openedBy());
        }
    }

    @Test
    void garbageIndexFile_isRebuiltFromJournal() throws IOException {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.put(pref(ANN, "team"), "\"Warriors\"");
        }
        try (var stream = Files.list(dir.resolve("index"))) {
            for (Path p : stream.toList()) {
                Files.write(p, "not a mapdb file at all".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("\"Warriors\"", store.get(pref(ANN, "team")).orElseThrow().value());
            assertTrue(store.status().openedBy().startsWith("rebuilt"), store.status().openedBy());
        }
    }

    @Test
    void indexBehindJournal_catchesUp() {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.put(pref(ANN, "team"), "\"Warriors\"");
        }
        Journal.Contents contents = Journal.read(dir.resolve("journal"));
        try (Journal journal = Journal.openForAppend(dir.resolve("journal"), contents)) {
            // what a crash between the journal fsync and the index commit leaves behind
            journal.append(new JournalEntry(2, CLOCK.instant(), List.of(new Change.Put(pref(ANN, "genre"), "\"jazz\""))));
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("\"jazz\"", store.get(pref(ANN, "genre")).orElseThrow().value());
            assertEquals("caught-up 1 record(s)", store.status().openedBy());
        }
    }

    @Test
    void tornLastRecord_isTruncatedAndEarlierRecordsKept() throws IOException {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.put(pref(ANN, "team"), "\"Warriors\"");
            store.put(pref(ANN, "genre"), "\"jazz\"");
        }
        Path journal = dir.resolve("journal");
        long full = Files.size(journal);
        try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
            f.setLength(full - 5);
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("\"Warriors\"", store.get(pref(ANN, "team")).orElseThrow().value());
            assertTrue(store.get(pref(ANN, "genre")).isEmpty());
            assertTrue(store.status().truncatedBytes() > 0);
            store.put(pref(ANN, "genre"), "\"blues\"");
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("\"blues\"", store.get(pref(ANN, "genre")).orElseThrow().value());
        }
    }

    @Test
    void damageBeforeIntactRecords_refusesToOpenAndKeepsFile() throws IOException {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.put(pref(ANN, "team"), "\"Warriors\"");
            store.put(pref(ANN, "genre"), "\"jazz\"");
        }
        Path journal = dir.resolve("journal");
        byte[] bytes = Files.readAllBytes(journal);
        bytes[JournalCodec.HEADER_BYTES + JournalCodec.RECORD_HEADER_BYTES + 3] ^= 0x55;
        Files.write(journal, bytes);
        assertThrows(StoreException.Corrupted.class, () -> JournaledRecordStore.open(dir, CLOCK));
        assertEquals(bytes.length, Files.size(journal));
    }

    @Test
    void secondOpenOfSameDirectory_isRefused() {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertThrows(StoreException.Locked.class, () -> JournaledRecordStore.open(dir, CLOCK));
        }
    }

    @Test
    void erase_removesUserFromIndexAndJournalBytes() throws IOException {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            store.put(pref(ANN, "secret"), "\"zebra-crossing-771\"");
            store.remove(pref(ANN, "secret"));
            store.put(pref(ANN, "team"), "\"Warriors\"");
            store.put(pref(UserId.of("bob"), "team"), "\"Lakers\"");
            assertEquals(1, store.erase(ANN));
            assertTrue(store.listUser(ANN).isEmpty());
            assertEquals("\"Lakers\"", store.get(pref(UserId.of("bob"), "team")).orElseThrow().value());
        }
        assertFalse(containsBytes(dir, "zebra-crossing-771"), "erased value still on disk");
        assertFalse(containsBytes(dir, "Warriors"), "erased value still on disk");
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertTrue(store.listUser(ANN).isEmpty());
            assertEquals(1, store.listUser(UserId.of("bob")).size());
            assertEquals("verified", store.status().openedBy());
        }
    }

    @Test
    void compact_keepsRecordsAndShrinksJournal() throws IOException {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            for (int i = 0; i < 50; i++) {
                store.put(pref(ANN, "volume"), Integer.toString(i));
            }
            long before = Files.size(dir.resolve("journal"));
            store.compact();
            assertTrue(Files.size(dir.resolve("journal")) < before / 10);
            store.put(pref(ANN, "team"), "\"Warriors\"");
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals("49", store.get(pref(ANN, "volume")).orElseThrow().value());
            assertEquals("\"Warriors\"", store.get(pref(ANN, "team")).orElseThrow().value());
            assertEquals("verified", store.status().openedBy());
        }
    }

    @Test
    void newerSchema_isRefusedWithClearError() {
        Journal.writeAtomically(dir.resolve("journal"), new JournalHeader(JournaledRecordStore.SCHEMA_VERSION + 1, 7),
                List.of());
        StoreException e = assertThrows(StoreException.UnsupportedSchema.class,
                () -> JournaledRecordStore.open(dir, CLOCK));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    static boolean containsBytes(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] hay = Files.readAllBytes(p);
                outer:
                for (int i = 0; i + needle.length <= hay.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (hay[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }
}

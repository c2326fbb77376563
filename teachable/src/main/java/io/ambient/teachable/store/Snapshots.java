package io.ambient.teachable.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts between journal entries and the records they leave behind. */
final class Snapshots {
    private Snapshots() { }

    /** The records left after applying every entry in order (used to migrate or snapshot). */
    static List<StoredRecord> replay(List<JournalEntry> entries) {
        Map<String, StoredRecord> state = new TreeMap<>();
        for (JournalEntry entry : entries) {
            for (Change change : entry.changes()) {
                String k = change.key().user() + "\u0000" + change.key().kind() + "\u0000" + change.key().key();
                if (change instanceof Change.Put put) {
                    state.put(k, new StoredRecord(put.key(), put.value(), entry.at()));
                } else {
                    state.remove(k);
                }
            }
        }
        return List.copyOf(state.values());
    }

    /** One journal entry per record, numbered from 1, each keeping its record's time. */
    static List<JournalEntry> entries(List<StoredRecord> records) {
        List<JournalEntry> entries = new ArrayList<>(records.size());
        long seq = 0;
        for (StoredRecord r : records) {
            entries.add(new JournalEntry(++seq, r.updatedAt(), List.of(new Change.Put(r.key(), r.value()))));
        }
        return entries;
    }
}

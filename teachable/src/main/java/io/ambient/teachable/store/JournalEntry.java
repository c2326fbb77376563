package io.ambient.teachable.store;

import java.time.Instant;
import java.util.List;

/**
 * One journal record: the changes acknowledged together, numbered and timed.
 *
 * @param sequence 1 for the first record of a journal generation, then +1 per record
 */
record JournalEntry(long sequence, Instant at, List<Change> changes) {
    JournalEntry {
        changes = List.copyOf(changes);
    }
}

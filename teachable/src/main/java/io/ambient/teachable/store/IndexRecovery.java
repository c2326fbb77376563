package io.ambient.teachable.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Brings the MapDB index in line with the journal at open: trusts it when it verifies, replays the
 * journal tail it missed (it may lag: the journal is fsync'd before the index commits), and otherwise
 * deletes it and rebuilds it from the whole journal.
 */
final class IndexRecovery {
    /** The index to use and how it was obtained (see {@link StoreStatus#openedBy()}). */
    record Recovered(MapDbIndex index, String how) { }

    private IndexRecovery() { }

    static Recovered recover(Path indexDir, Journal.Contents journal) {
        MapDbIndex index;
        try {
            index = MapDbIndex.open(indexDir);
        } catch (StoreException e) {
            return rebuild(indexDir, journal, "index did not open (" + e.getMessage() + ")");
        }
        String problem = problem(index, journal);
        if (problem != null) {
            index.close();
            return rebuild(indexDir, journal, problem);
        }
        long applied = index.meta().sequence();
        if (applied == journal.lastSequence()) {
            return new Recovered(index, "verified");
        }
        try {
            List<JournalEntry> missing = journal.entries().stream().filter(e -> e.sequence() > applied).toList();
            index.applyAll(missing, position(journal));
            return new Recovered(index, "caught-up " + missing.size() + " record(s)");
        } catch (StoreException e) {
            index.close();
            return rebuild(indexDir, journal, "catch-up failed (" + e.getMessage() + ")");
        }
    }

    /** Why the index cannot be trusted, or null when it can (possibly after replaying the tail). */
    private static String problem(MapDbIndex index, Journal.Contents journal) {
        IndexMeta meta;
        try {
            meta = index.meta();
            if (meta.equals(IndexMeta.EMPTY) && index.size() == 0 && journal.entries().isEmpty()) {
                return null;
            }
            if (meta.generation() != journal.header().generation()) {
                return "index built from journal generation " + meta.generation() + ", journal is "
                        + journal.header().generation();
            }
            if (meta.schemaVersion() != journal.header().schemaVersion()) {
                return "index schema " + meta.schemaVersion() + ", journal schema " + journal.header().schemaVersion();
            }
            if (meta.sequence() > journal.lastSequence() || meta.journalLength() > journal.validLength()) {
                return "index is ahead of the journal (record " + meta.sequence() + " of " + journal.lastSequence() + ")";
            }
            if (!index.verify()) {
                return "index content does not match its digest";
            }
            return null;
        } catch (RuntimeException e) {
            return "index unreadable (" + e + ")";
        }
    }

    static Recovered rebuild(Path indexDir, Journal.Contents journal, String reason) {
        MapDbIndex.delete(indexDir);
        MapDbIndex index = MapDbIndex.open(indexDir);
        try {
            index.applyAll(journal.entries(), position(journal));
        } catch (StoreException e) {
            index.close();
            throw e;
        }
        return new Recovered(index, journal.entries().isEmpty() && reason == null ? "created" : "rebuilt: " + reason);
    }

    static IndexMeta position(Journal.Contents journal) {
        return new IndexMeta(journal.header().schemaVersion(), journal.header().generation(), journal.lastSequence(),
                journal.validLength(), 0, 0);
    }
}

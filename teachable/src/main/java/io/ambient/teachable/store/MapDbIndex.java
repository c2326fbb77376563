package io.ambient.teachable.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentNavigableMap;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * The one class that imports MapDB: a sorted index of the records, rebuilt from the journal whenever it
 * cannot be trusted. Keys are {@code user NUL kind NUL key} so one user's records, and one kind of them,
 * are contiguous; values are {@code epochMillis|json}. Each applied journal entry is one MapDB commit
 * that also records the journal position and the content digest ({@link IndexMeta}).
 *
 * <p>Transactions keep each commit atomic when the process is killed (mostly: jankotek/mapdb#775); MapDB's
 * own fsync is disabled because durability against a power cut comes from the journal, which is fsync'd
 * before every acknowledgement. One fsync per change instead of several.
 */
final class MapDbIndex implements AutoCloseable {
    private static final char SEP = '\u0000';
    private static final String FILE = "index.db";

    private final DB db;
    private final BTreeMap<String, String> records;
    private final Map<String, Long> meta;

    private MapDbIndex(DB db) {
        this.db = db;
        this.records = db.treeMap("records", Serializer.STRING, Serializer.STRING).createOrOpen();
        this.meta = db.hashMap("meta", Serializer.STRING, Serializer.LONG).createOrOpen();
    }

    /** Opens (or creates) the index in {@code dir}; any failure of MapDB comes out as a StoreException. */
    static MapDbIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            DB db = DBMaker.fileDB(dir.resolve(FILE).toFile()).transactionEnable().fileSyncDisable()
                    .fileMmapEnableIfSupported().make();
            try {
                return new MapDbIndex(db);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (IOException | RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            throw new StoreException("MapDB index in " + dir + " does not open: " + e, e);
        }
    }

    /** Deletes the index files so the next {@link #open} starts empty. */
    static void delete(Path dir) {
        try {
            StoreFiles.deleteTree(dir);
        } catch (IOException e) {
            throw new StoreException.Io("cannot delete index " + dir + ": " + e.getMessage(), e);
        }
    }

    IndexMeta meta() {
        return new IndexMeta(Math.toIntExact(meta.getOrDefault("schema", 0L)), meta.getOrDefault("generation", 0L),
                meta.getOrDefault("sequence", 0L), meta.getOrDefault("journalLength", 0L),
                meta.getOrDefault("records", 0L), meta.getOrDefault("digest", 0L));
    }

    /** Recomputes count and digest from the stored records: true when they match the committed meta. */
    boolean verify() {
        IndexMeta m = meta();
        long count = 0;
        long digest = 0;
        for (Map.Entry<String, String> e : records.entrySet()) {
            count++;
            digest += IndexDigest.of(e.getKey(), e.getValue());
        }
        return count == m.records() && digest == m.digest();
    }

    /** Applies one journal entry and commits it with the new journal position. */
    void apply(JournalEntry entry, IndexMeta position) {
        try {
            writeMeta(applyUncommitted(entry, meta(), position));
            db.commit();
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw new StoreException("MapDB index failed to apply journal record " + entry.sequence() + ": " + e, e);
        }
    }

    /** Applies many entries (a rebuild) and commits once. */
    void applyAll(List<JournalEntry> entries, IndexMeta position) {
        try {
            IndexMeta running = meta();
            for (JournalEntry entry : entries) {
                running = applyUncommitted(entry, running, position);
            }
            writeMeta(new IndexMeta(position.schemaVersion(), position.generation(), position.sequence(),
                    position.journalLength(), running.records(), running.digest()));
            db.commit();
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw new StoreException("MapDB index failed during rebuild: " + e, e);
        }
    }

    /** Applies the entry's changes to the records; returns the meta to commit (not written yet). */
    private IndexMeta applyUncommitted(JournalEntry entry, IndexMeta base, IndexMeta position) {
        long count = base.records();
        long digest = base.digest();
        for (Change change : entry.changes()) {
            String key = encodeKey(change.key());
            String old = change instanceof Change.Put put
                    ? records.put(key, entry.at().toEpochMilli() + "|" + put.value())
                    : records.remove(key);
            if (old != null) {
                count--;
                digest -= IndexDigest.of(key, old);
            }
            if (change instanceof Change.Put) {
                count++;
                digest += IndexDigest.of(key, records.get(key));
            }
        }
        return new IndexMeta(position.schemaVersion(), position.generation(), entry.sequence(),
                position.journalLength(), count, digest);
    }

    private void writeMeta(IndexMeta m) {
        meta.put("schema", (long) m.schemaVersion());
        meta.put("generation", m.generation());
        meta.put("sequence", m.sequence());
        meta.put("journalLength", m.journalLength());
        meta.put("records", m.records());
        meta.put("digest", m.digest());
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (RuntimeException ignored) {
            // the index is rebuilt from the journal at the next open
        }
    }

    Optional<StoredRecord> get(RecordKey key) {
        String value = records.get(encodeKey(key));
        return value == null ? Optional.empty() : Optional.of(decode(key, value));
    }

    List<StoredRecord> list(UserId user, RecordKind kind) {
        return decodeAll(prefix(user.value() + SEP + kind.name() + SEP));
    }

    List<StoredRecord> listUser(UserId user) {
        return decodeAll(prefix(user.value() + SEP));
    }

    /** Every stored record, in key order (used to write a snapshot of the journal). */
    List<StoredRecord> all() {
        return decodeAll(records);
    }

    /** The distinct users, found by jumping from one user's first key to the next user's. */
    Set<UserId> users() {
        Set<UserId> users = new TreeSet<>();
        String key = records.isEmpty() ? null : records.firstKey();
        while (key != null) {
            String user = key.substring(0, key.indexOf(SEP));
            users.add(UserId.of(user));
            key = records.ceilingKey(user + (char) (SEP + 1));
        }
        return users;
    }

    long size() {
        return meta().records();
    }

    private ConcurrentNavigableMap<String, String> prefix(String prefix) {
        return records.subMap(prefix, true, prefix + '\uffff', false);
    }

    private static List<StoredRecord> decodeAll(Map<String, String> map) {
        List<StoredRecord> out = new ArrayList<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.add(decode(decodeKey(e.getKey()), e.getValue()));
        }
        return out;
    }

    private static String encodeKey(RecordKey key) {
        return key.user().value() + SEP + key.kind().name() + SEP + key.key();
    }

    private static RecordKey decodeKey(String encoded) {
        int a = encoded.indexOf(SEP);
        int b = encoded.indexOf(SEP, a + 1);
        return RecordKey.of(new RecordKind(encoded.substring(a + 1, b)), UserId.of(encoded.substring(0, a)),
                encoded.substring(b + 1));
    }

    private static StoredRecord decode(RecordKey key, String value) {
        int bar = value.indexOf('|');
        return new StoredRecord(key, value.substring(bar + 1), Instant.ofEpochMilli(Long.parseLong(value.substring(0, bar))));
    }

    @Override
    public void close() {
        db.close();
    }
}

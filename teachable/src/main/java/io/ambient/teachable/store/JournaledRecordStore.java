package io.ambient.teachable.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RecordStore}: an fsync'd journal ({@code journal}) as the source of truth and a MapDB index
 * ({@code index/}) for reads, in one directory that one process at a time may open ({@code lock}).
 * A change is acknowledged after its journal record is durable; the index commit follows. If the process
 * dies between the two, or MapDB loses commits, the next open replays or rebuilds the index.
 */
public final class JournaledRecordStore implements RecordStore {
    /** Schema of the records this code writes. 2: taught phrases keep a list of steps. */
    public static final int SCHEMA_VERSION = 2;
    private static final Logger LOG = LoggerFactory.getLogger(JournaledRecordStore.class);
    private static final String JOURNAL = "journal";
    private static final String INDEX = "index";

    private final Path dir;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Object writeLock = new Object();
    private volatile Journal journal;
    private volatile MapDbIndex index;
    private long sequence;
    private volatile String openedBy;
    private final long truncatedAtOpen;
    private volatile boolean closed;
    private final Map<RecordKind, AtomicLong> kindVersions = new ConcurrentHashMap<>();
    private final AtomicLong rewrites = new AtomicLong();

    private JournaledRecordStore(Path dir, Clock clock, FileChannel lockChannel, FileLock lock, Opened opened) {
        this.dir = dir;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.journal = opened.journal;
        this.index = opened.index;
        this.sequence = opened.sequence;
        this.openedBy = opened.how;
        this.truncatedAtOpen = opened.truncated;
    }

    private record Opened(Journal journal, MapDbIndex index, long sequence, String how, long truncated) { }

    /** Opens the store in {@code dir} (created if missing), repairing and migrating as needed. */
    public static JournaledRecordStore open(Path dir, Clock clock) {
        return open(dir, clock, List.of(new PhraseStepsMigration()));
    }

    static JournaledRecordStore open(Path dir, Clock clock, List<SchemaMigration> migrations) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockChannel, dir);
            try {
                Opened opened = openFiles(dir, migrations);
                JournaledRecordStore store = new JournaledRecordStore(dir, clock, lockChannel, lock, opened);
                LOG.info("teachable store {}: {} records, journal record {}, index {}", dir, opened.index.size(),
                        opened.sequence, opened.how);
                return store;
            } catch (RuntimeException e) {
                lock.release();
                throw e;
            }
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new StoreException.Io("cannot open teachable store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel, Path dir) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM
        }
        throw new StoreException.Locked("teachable store " + dir + " is open in another process or instance");
    }

    private static Opened openFiles(Path dir, List<SchemaMigration> migrations) throws IOException {
        Path journalFile = dir.resolve(JOURNAL);
        Files.deleteIfExists(journalFile.resolveSibling(JOURNAL + ".tmp"));
        if (!Files.exists(journalFile)) {
            Journal.writeAtomically(journalFile, new JournalHeader(SCHEMA_VERSION, newGeneration(0)), List.of());
        }
        Journal.Contents contents = Journal.read(journalFile);
        int schema = contents.header().schemaVersion();
        if (schema > SCHEMA_VERSION) {
            throw new StoreException.UnsupportedSchema("teachable store " + dir + " has schema " + schema
                    + ", newer than this version understands (" + SCHEMA_VERSION + ")");
        }
        if (schema < SCHEMA_VERSION) {
            List<StoredRecord> migrated = SchemaMigrator.migrate(Snapshots.replay(contents.entries()), schema,
                    SCHEMA_VERSION, migrations);
            Journal.writeAtomically(journalFile, new JournalHeader(SCHEMA_VERSION,
                    newGeneration(contents.header().generation())), Snapshots.entries(migrated));
            LOG.info("teachable store {}: migrated {} records from schema {} to {}", dir, migrated.size(), schema,
                    SCHEMA_VERSION);
            contents = Journal.read(journalFile);
        }
        if (contents.truncatedBytes() > 0) {
            LOG.warn("teachable store {}: cut a torn last journal record ({} bytes, never acknowledged)", dir,
                    contents.truncatedBytes());
        }
        IndexRecovery.Recovered recovered = IndexRecovery.recover(dir.resolve(INDEX), contents);
        if (recovered.how().startsWith("rebuilt")) {
            LOG.warn("teachable store {}: {}", dir, recovered.how());
        }
        return new Opened(Journal.openForAppend(journalFile, contents), recovered.index(), contents.lastSequence(),
                recovered.how(), contents.truncatedBytes());
    }

    private static long newGeneration(long previous) {
        long next;
        do {
            next = ThreadLocalRandom.current().nextLong();
        } while (next == previous || next == 0);
        return next;
    }

    @Override
    public Ack apply(List<Change> changes) {
        List<Change> copy = List.copyOf(changes);
        synchronized (writeLock) {
            requireOpen();
            if (copy.isEmpty()) {
                return new Ack(0);
            }
            JournalEntry entry = new JournalEntry(sequence + 1, clock.instant(), copy);
            journal.append(entry);
            sequence = entry.sequence();
            IndexMeta position = new IndexMeta(SCHEMA_VERSION, journal.header().generation(), sequence,
                    journal.length(), 0, 0);
            try {
                index.apply(entry, position);
            } catch (StoreException e) {
                LOG.warn("teachable store {}: index update failed after the journal write; rebuilding", dir, e);
                rebuildIndex("index update failed (" + e.getMessage() + ")");
            }
            // after the index has it: a reader that saw the old version re-reads next time
            for (Change change : copy) {
                kindVersions.computeIfAbsent(change.key().kind(), k -> new AtomicLong()).incrementAndGet();
            }
            return new Ack(entry.sequence());
        }
    }

    @Override
    public Optional<StoredRecord> get(RecordKey key) {
        return readIndex().get(key);
    }

    @Override
    public List<StoredRecord> list(RecordKind kind, UserId user) {
        return readIndex().list(user, kind);
    }

    @Override
    public List<StoredRecord> listUser(UserId user) {
        return readIndex().listUser(user);
    }

    @Override
    public Set<UserId> users() {
        return readIndex().users();
    }

    @Override
    public int erase(UserId user) {
        synchronized (writeLock) {
            requireOpen();
            int removed = index.listUser(user).size();
            List<StoredRecord> kept = new ArrayList<>();
            for (StoredRecord r : index.all()) {
                if (!r.key().user().equals(user)) {
                    kept.add(r);
                }
            }
            rewriteJournal(kept, "erased user " + user);
            LOG.info("teachable store {}: erased {} record(s) of user {} (journal rewritten)", dir, removed, user);
            return removed;
        }
    }

    @Override
    public void compact() {
        synchronized (writeLock) {
            requireOpen();
            rewriteJournal(index.all(), "compacted");
        }
    }

    @Override
    public boolean compactIfLarger(double ratio, long minJournalBytes) {
        if (!(ratio > 1) || minJournalBytes < 0) {
            throw new IllegalArgumentException("compaction needs a ratio above 1 and a non-negative size, were "
                    + ratio + " and " + minJournalBytes);
        }
        synchronized (writeLock) {
            requireOpen();
            long journalBytes = journal.length();
            if (journalBytes < minJournalBytes) {
                return false;
            }
            List<StoredRecord> live = index.all();
            long liveBytes = JournalCodec.HEADER_BYTES;
            for (JournalEntry entry : Snapshots.entries(live)) {
                liveBytes += JournalCodec.record(entry).remaining();
            }
            if (journalBytes <= ratio * liveBytes) {
                return false;
            }
            rewriteJournal(live, "compacted");
            LOG.info("teachable store {}: compacted the journal from {} to {} bytes ({} records)", dir, journalBytes,
                    journal.length(), live.size());
            return true;
        }
    }

    /** Replaces the journal by a snapshot of {@code records} (new generation) and rebuilds the index from it. */
    private void rewriteJournal(List<StoredRecord> records, String why) {
        Path journalFile = dir.resolve(JOURNAL);
        JournalHeader header = new JournalHeader(SCHEMA_VERSION, newGeneration(journal.header().generation()));
        Journal.writeAtomically(journalFile, header, Snapshots.entries(records));
        journal.close();
        index.close();
        Journal.Contents contents = Journal.read(journalFile);
        journal = Journal.openForAppend(journalFile, contents);
        sequence = contents.lastSequence();
        IndexRecovery.Recovered recovered = IndexRecovery.rebuild(dir.resolve(INDEX), contents, why);
        index = recovered.index();
        openedBy = recovered.how();
        rewrites.incrementAndGet();
    }

    private void rebuildIndex(String why) {
        index.close();
        Journal.Contents contents = Journal.read(dir.resolve(JOURNAL));
        IndexRecovery.Recovered recovered = IndexRecovery.rebuild(dir.resolve(INDEX), contents, why);
        index = recovered.index();
        openedBy = recovered.how();
    }

    @Override
    public long version(RecordKind kind) {
        AtomicLong v = kindVersions.get(kind);
        return (v == null ? 0 : v.get()) + rewrites.get();
    }

    @Override
    public StoreStatus status() {
        synchronized (writeLock) {
            requireOpen();
            return new StoreStatus(dir, SCHEMA_VERSION, index.size(), sequence, journal.length(), openedBy,
                    truncatedAtOpen);
        }
    }

    private MapDbIndex readIndex() {
        requireOpen();
        return index;
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException.Closed();
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                index.close();
                journal.close();
            } finally {
                try {
                    lock.release();
                } catch (IOException ignored) {
                    // closing the channel releases it too
                }
                closeQuietly(lockChannel);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}

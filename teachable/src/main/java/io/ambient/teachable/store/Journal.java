package io.ambient.teachable.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only journal file: the store's source of truth. {@link #open} reads every record, checks
 * each CRC and truncates a torn last record (a power cut in the middle of an append); damage anywhere
 * else is reported, never silently cut away. {@link #append} returns only after fsync.
 */
final class Journal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final JournalHeader header;
    private long length;

    private Journal(Path file, FileChannel channel, JournalHeader header, long length) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.length = length;
    }

    /** What {@link #open} found: the header, every intact record and how many torn bytes were cut. */
    record Contents(JournalHeader header, List<JournalEntry> entries, long validLength, long truncatedBytes) {
        long lastSequence() {
            return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        }
    }

    /** Reads the journal at {@code file}, truncating a torn tail; the file must exist. */
    static Contents read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(size));
            while (all.hasRemaining() && ch.read(all) >= 0) {
                // read the whole file: journals are compacted long before they reach gigabytes
            }
            all.flip();
            JournalHeader header = JournalCodec.readHeader(all);
            List<JournalEntry> entries = new ArrayList<>();
            long pos = JournalCodec.HEADER_BYTES;
            while (pos < size) {
                int recordLength = intactRecordLength(all, (int) pos);
                if (recordLength < 0) {
                    break;
                }
                byte[] payload = new byte[recordLength - JournalCodec.RECORD_HEADER_BYTES];
                all.get((int) pos + JournalCodec.RECORD_HEADER_BYTES, payload);
                JournalEntry entry = JournalCodec.entry(payload, pos);
                long expected = entries.isEmpty() ? entry.sequence() : entries.get(entries.size() - 1).sequence() + 1;
                if (entry.sequence() != expected || entry.sequence() < 1) {
                    throw new StoreException.Corrupted("journal " + file + " record at byte " + pos + " has sequence "
                            + entry.sequence() + ", expected " + expected);
                }
                entries.add(entry);
                pos += recordLength;
            }
            long truncated = size - pos;
            if (truncated > 0) {
                requireTornTail(all, (int) pos, file);
                ch.truncate(pos);
                ch.force(true);
            }
            return new Contents(header, List.copyOf(entries), pos, truncated);
        } catch (IOException e) {
            throw new StoreException.Io("cannot read journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Length of the intact record at {@code pos} (framing included), or -1 if it is not intact. */
    private static int intactRecordLength(ByteBuffer all, int pos) {
        int size = all.limit();
        if (size - pos < JournalCodec.RECORD_HEADER_BYTES || all.getInt(pos) != JournalCodec.RECORD_MAGIC) {
            return -1;
        }
        int payload = all.getInt(pos + 4);
        if (payload < 0 || payload > JournalCodec.MAX_PAYLOAD
                || (long) pos + JournalCodec.RECORD_HEADER_BYTES + payload > size) {
            return -1;
        }
        int crc = all.getInt(pos + 8);
        int start = pos + JournalCodec.RECORD_HEADER_BYTES;
        return crc == JournalCodec.crc(all.array(), start, payload) ? JournalCodec.RECORD_HEADER_BYTES + payload : -1;
    }

    /**
     * A bad record is a torn tail only if no intact record follows it; otherwise cutting it would drop
     * acknowledged changes after it, so the store refuses to open instead.
     */
    private static void requireTornTail(ByteBuffer all, int badAt, Path file) {
        for (int p = badAt + 1; p + JournalCodec.RECORD_HEADER_BYTES <= all.limit(); p++) {
            if (all.getInt(p) == JournalCodec.RECORD_MAGIC && intactRecordLength(all, p) > 0) {
                throw new StoreException.Corrupted("journal " + file + " is damaged at byte " + badAt
                        + " but intact records follow at byte " + p + "; refusing to drop them. Keep a copy of "
                        + "the file and restore it from a backup, or remove the damaged bytes by hand");
            }
        }
    }

    /** Opens the journal for appending after {@code contents} were read from it. */
    static Journal openForAppend(Path file, Contents contents) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
            ch.position(contents.validLength());
            return new Journal(file, ch, contents.header(), contents.validLength());
        } catch (IOException e) {
            throw new StoreException.Io("cannot open journal " + file + " for writing: " + e.getMessage(), e);
        }
    }

    /** Appends the entry and fsyncs; when this returns the entry survives a power cut. */
    void append(JournalEntry entry) {
        ByteBuffer record = JournalCodec.record(entry);
        try {
            channel.position(length);
            while (record.hasRemaining()) {
                channel.write(record);
            }
            channel.force(false);
            length = channel.position();
        } catch (IOException e) {
            undoPartialAppend();
            throw new StoreException.Io("cannot append to journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void undoPartialAppend() {
        try {
            channel.truncate(length);
            channel.force(false);
        } catch (IOException ignored) {
            // the torn record is cut at the next open anyway
        }
    }

    /**
     * Writes a complete journal next to {@code file} and swaps it in atomically (temp file, fsync, rename,
     * directory fsync): after a crash there is either the old journal or the new one, never a mix.
     */
    static void writeAtomically(Path file, JournalHeader header, List<JournalEntry> entries) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(ch, JournalCodec.header(header));
                for (JournalEntry entry : entries) {
                    writeFully(ch, JournalCodec.record(entry));
                }
                ch.force(true);
            }
            StoreFiles.replace(temp, file);
        } catch (IOException e) {
            throw new StoreException.Io("cannot write journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    JournalHeader header() {
        return header;
    }

    long length() {
        return length;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StoreException.Io("cannot close journal " + file + ": " + e.getMessage(), e);
        }
    }
}

package io.ambient.teachable.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The journal's byte layout. Header: magic "AMBJ", format 1, schema version, generation, CRC32C of those.
 * Record: magic "JREC", payload length, CRC32C of the payload, payload (sequence, epoch millis, change
 * count, then per change an op byte and length-prefixed UTF-8 strings).
 */
final class JournalCodec {
    static final int HEADER_MAGIC = 0x414D424A;
    static final int RECORD_MAGIC = 0x4A524543;
    static final int FORMAT = 1;
    static final int HEADER_BYTES = 24;
    static final int RECORD_HEADER_BYTES = 12;
    static final int MAX_PAYLOAD = 64 << 20;
    private static final byte PUT = 1;
    private static final byte REMOVE = 2;

    private JournalCodec() { }

    static ByteBuffer header(JournalHeader header) {
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES);
        buf.putInt(HEADER_MAGIC).putInt(FORMAT).putInt(header.schemaVersion()).putLong(header.generation());
        buf.putInt(crc(buf.array(), 0, 20));
        return buf.flip();
    }

    /** Reads a header, or explains in the exception why these bytes are not one. */
    static JournalHeader readHeader(ByteBuffer buf) {
        if (buf.remaining() < HEADER_BYTES) {
            throw new StoreException.Corrupted("journal header is " + buf.remaining() + " bytes, expected "
                    + HEADER_BYTES);
        }
        byte[] bytes = new byte[HEADER_BYTES];
        buf.get(bytes);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int magic = b.getInt();
        int format = b.getInt();
        int schema = b.getInt();
        long generation = b.getLong();
        int crc = b.getInt();
        if (magic != HEADER_MAGIC || crc != crc(bytes, 0, 20)) {
            throw new StoreException.Corrupted("journal header is damaged (not an ambient journal?)");
        }
        if (format != FORMAT) {
            throw new StoreException.UnsupportedSchema("journal format " + format + " is not supported (only "
                    + FORMAT + ")");
        }
        return new JournalHeader(schema, generation);
    }

    /** The whole record, framing included, ready to append. */
    static ByteBuffer record(JournalEntry entry) {
        byte[] payload = payload(entry);
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("changes of " + payload.length + " bytes are too large for one record");
        }
        ByteBuffer buf = ByteBuffer.allocate(RECORD_HEADER_BYTES + payload.length);
        buf.putInt(RECORD_MAGIC).putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload);
        return buf.flip();
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static byte[] payload(JournalEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(entry.sequence());
            out.writeLong(entry.at().toEpochMilli());
            out.writeInt(entry.changes().size());
            for (Change change : entry.changes()) {
                out.writeByte(change instanceof Change.Put ? PUT : REMOVE);
                writeString(out, change.key().kind().name());
                writeString(out, change.key().user().value());
                writeString(out, change.key().key());
                if (change instanceof Change.Put put) {
                    writeString(out, put.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Decodes a payload whose CRC matched; a payload that still does not parse is corruption. */
    static JournalEntry entry(byte[] payload, long offset) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
            long sequence = in.readLong();
            Instant at = Instant.ofEpochMilli(in.readLong());
            int count = in.readInt();
            if (count < 0 || count > payload.length) {
                throw new IOException("change count " + count);
            }
            List<Change> changes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte op = in.readByte();
                RecordKey key = RecordKey.of(new RecordKind(readString(in)), UserId.of(readString(in)), readString(in));
                if (op == PUT) {
                    changes.add(new Change.Put(key, readString(in)));
                } else if (op == REMOVE) {
                    changes.add(new Change.Remove(key));
                } else {
                    throw new IOException("unknown operation " + op);
                }
            }
            return new JournalEntry(sequence, at, changes);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException.Corrupted("journal record at byte " + offset + " has a valid checksum but "
                    + "cannot be read: " + e.getMessage());
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("string length " + length);
        }
        byte[] utf8 = new byte[length];
        try {
            in.readFully(utf8);
        } catch (EOFException e) {
            throw new IOException("string of " + length + " bytes runs past the record");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}

package io.ambient.teachable.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The process the crash-loop test kills: opens the store and performs the deterministic operations
 * {@link #op} from a start index on, printing {@code ACK n} after each one is acknowledged (until killed, or
 * for a given number of operations). Every 50
 * operations it compacts the journal, so some kills land in the middle of a journal rewrite.
 */
public final class CrashLoopWriter {
    static final UserId USER = UserId.of("crash");

    private CrashLoopWriter() { }

    /** Operation n (from 1): every 7th removes the key written 3 operations earlier, the rest put a new key. */
    static Change op(long n) {
        if (n % 7 == 0) {
            return new Change.Remove(key(n - 3));
        }
        return new Change.Put(key(n), value(n));
    }

    static RecordKey key(long n) {
        return RecordKey.of(RecordKind.PREFERENCE, USER, "k" + n);
    }

    static String value(long n) {
        return "v" + n + "-" + "x".repeat((int) (n % 97));
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long next = Long.parseLong(args[1]);
        long last = args.length > 2 ? next + Long.parseLong(args[2]) - 1 : Long.MAX_VALUE;
        PrintStream out = new PrintStream(System.out, true);
        try (RecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
            out.println("OPEN after " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                    + " ms: " + store.status().openedBy());
            for (long n = next; n <= last; n++) {
                store.apply(List.of(op(n)));
                out.println("ACK " + n);
                if (n % 50 == 0) {
                    store.compact();
                }
            }
        }
    }
}

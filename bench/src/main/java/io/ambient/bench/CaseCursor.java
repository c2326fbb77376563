package io.ambient.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Which case the next invocation interprets: every case in turn, round and round, so a sample of timings
 * covers the whole mix of development cases rather than one sentence. One per benchmark thread.
 */
@State(Scope.Thread)
public class CaseCursor {
    private int next;

    /** The next index in 0..size-1, wrapping around. */
    int next(int size) {
        int i = next;
        next = i + 1 == size ? 0 : i + 1;
        return i;
    }
}

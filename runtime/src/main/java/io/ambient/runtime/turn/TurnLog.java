package io.ambient.runtime.turn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The last turns by id, bounded, so that {@code GET /api/turns/{id}} can show a trace. */
public final class TurnLog {
    private final Map<String, Turn> turns;

    public TurnLog(int capacity) {
        this.turns = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void add(Turn turn) {
        turns.put(turn.id(), turn);
    }

    public synchronized Optional<Turn> get(String id) {
        return Optional.ofNullable(turns.get(id));
    }
}

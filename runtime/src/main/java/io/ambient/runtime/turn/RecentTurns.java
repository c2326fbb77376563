package io.ambient.runtime.turn;

import io.ambient.context.RecentTurn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last few turns of each site, newest first, forgotten after a while: a question asked a minute ago
 * can be answered; one asked yesterday cannot. Turns without a site are kept under the user, or not at all.
 */
public final class RecentTurns {
    private final Clock clock;
    private final Duration memory;
    private final int perSite;
    private final Map<String, Deque<RecentTurn>> bySite = new ConcurrentHashMap<>();

    public RecentTurns(Clock clock, Duration memory, int perSite) {
        this.clock = clock;
        this.memory = memory;
        this.perSite = perSite;
    }

    /**
     * Whose conversation a turn belongs to: follow-ups belong to the same satellite; typed turns without one,
     * to the same user; null when neither is known (such turns have no follow-ups).
     */
    public static String conversationKey(String site, String user) {
        if (site != null) {
            return "site:" + site;
        }
        return user != null ? "user:" + user : null;
    }

    public List<RecentTurn> of(String key) {
        if (key == null) {
            return List.of();
        }
        Deque<RecentTurn> turns = bySite.get(key);
        if (turns == null) {
            return List.of();
        }
        Instant oldest = clock.instant().minus(memory);
        synchronized (turns) {
            turns.removeIf(t -> t.at().isBefore(oldest));
            return new ArrayList<>(turns);
        }
    }

    public void add(String key, RecentTurn turn) {
        if (key == null) {
            return;
        }
        Deque<RecentTurn> turns = bySite.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (turns) {
            turns.addFirst(turn);
            while (turns.size() > perSite) {
                turns.removeLast();
            }
        }
    }
}

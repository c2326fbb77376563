package io.ambient.runtime.failure;

import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnLog;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Verdicts on recent turns and, for bad ones, their failure points. Anything that learns a turn was wrong calls
 * {@link #markWrong} (the feedback endpoint; a "no, that's wrong" or rephrase detector); {@code GET /api/turns/{id}}
 * shows the result. Kept in memory for as many turns as the turn log keeps.
 */
public final class TurnVerdicts {
    /** A verdict and, when the turn was wrong, where it failed (null when right, or nothing was found wrong). */
    public record Verdict(String turnId, boolean wrong, String source, Expected expected, FailurePoint failure,
                          Instant at) { }

    private final TurnLog log;
    private final FailurePointAnalyzer analyzer;
    private final Clock clock;
    private final Map<String, Verdict> verdicts;
    private final BiConsumer<Turn, String> onWrong;

    public TurnVerdicts(TurnLog log, FailurePointAnalyzer analyzer, Clock clock, int capacity) {
        this(log, analyzer, clock, capacity, (turn, source) -> { });
    }

    /** @param onWrong told of every turn judged wrong, with who said so (the interaction log marks it) */
    public TurnVerdicts(TurnLog log, FailurePointAnalyzer analyzer, Clock clock, int capacity,
                        BiConsumer<Turn, String> onWrong) {
        this.onWrong = onWrong;
        this.log = log;
        this.analyzer = analyzer;
        this.clock = clock;
        this.verdicts = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Marks a recent turn wrong and finds its failure point: against {@code expected} when anything of it is
     * known, suspected from the trace otherwise. Empty when no recent turn has that id.
     *
     * @param source who said so ({@code feedback}, {@code rephrase}, {@code undo}, {@code eval})
     */
    public Optional<Verdict> markWrong(String turnId, Expected expected, String source) {
        Optional<Turn> turn = log.get(turnId);
        if (turn.isEmpty()) {
            return Optional.empty();
        }
        boolean knowsSomething = expected.text() != null || expected.knowsMeaning();
        // With a reference that the turn matches, no stage is to blame: the failure stays null.
        FailurePoint failure = knowsSomething ? analyzer.analyze(turn.get(), expected).orElse(null)
                : analyzer.suspect(turn.get());
        Verdict v = new Verdict(turnId, true, source, expected, failure, clock.instant());
        put(v);
        onWrong.accept(turn.get(), source);
        return Optional.of(v);
    }

    /** Marks a recent turn right (a confirmation); empty when no recent turn has that id. */
    public Optional<Verdict> markRight(String turnId, String source) {
        if (log.get(turnId).isEmpty()) {
            return Optional.empty();
        }
        Verdict v = new Verdict(turnId, false, source, Expected.UNKNOWN, null, clock.instant());
        put(v);
        return Optional.of(v);
    }

    public synchronized Optional<Verdict> of(String turnId) {
        return Optional.ofNullable(verdicts.get(turnId));
    }

    private synchronized void put(Verdict v) {
        verdicts.put(v.turnId(), v);
    }
}

package io.ambient.teachable.rephrase;

import io.ambient.teachable.rephrase.SyntheticScenario.Goal;
import io.ambient.teachable.rephrase.SyntheticScenario.Idiom;
import io.ambient.teachable.rephrase.SyntheticScenario.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generates an interaction log of a simulated household (deterministic per seed): four people ask for ten
 * things; each has a few habitual phrasings the interpreter does not understand, and when one fails they
 * rephrase within seconds, sometimes through a second failing try, until they say it the way that works, or
 * give up. Some requests go straight to a working phrasing, some users move on to something else right after a
 * failure, and households share a couple of failing phrasings. Who says what is in {@link SyntheticScenario},
 * which also explains why success is decided by a known mapping instead of the real interpreter.
 */
public final class SyntheticInteractionLog {
    /** Chance that a user who failed rephrases at all (the rest give up or move on). */
    private static final double REPHRASE_RATE = 0.9;
    /** Chance that a rephrase first goes through a second failing phrasing, where the goal has one. */
    private static final double SECOND_TRY_RATE = 0.3;
    /** Chance that a user without a personal habit for a goal uses the household's failing phrasing. */
    private static final double HOUSEHOLD_HABIT_RATE = 0.3;
    /** Chance that a user who failed moves on to another request at once, instead of rephrasing. */
    private static final double MOVE_ON_RATE = 0.5;

    private final Random random;
    private final List<InteractionRecord> records = new ArrayList<>();
    private Instant clock;

    private SyntheticInteractionLog(long seed, Instant start) {
        this.random = new Random(seed);
        this.clock = start;
    }

    /** A log of exactly {@code entries} records, starting at {@code start}, the same for the same seed. */
    public static List<InteractionRecord> generate(long seed, int entries, Instant start) {
        if (entries < 1) {
            throw new IllegalArgumentException("entries must be positive, was " + entries);
        }
        SyntheticInteractionLog log = new SyntheticInteractionLog(seed, start);
        while (log.records.size() < entries) {
            log.request();
        }
        return List.copyOf(log.records.subList(0, entries));
    }

    private void request() {
        clock = clock.plusSeconds(300 + random.nextInt(3 * 3600)); // a new request: minutes to hours later
        Person person = SyntheticScenario.PEOPLE.get(random.nextInt(SyntheticScenario.PEOPLE.size()));
        Goal goal = pickGoal();
        Optional<Idiom> habit = habitOf(person, goal);
        if (habit.isEmpty()) {
            succeed(person, goal);
            return;
        }
        fail(person, habit.get());
        if (random.nextDouble() >= REPHRASE_RATE) {
            if (random.nextDouble() < MOVE_ON_RATE) {
                later(3, 15);
                Goal other = pickOtherGoal(goal);
                succeed(person, other);
            }
            return;
        }
        String second = SyntheticScenario.SECOND_TRIES.get(goal.id());
        if (second != null && random.nextDouble() < SECOND_TRY_RATE) {
            later(3, 12);
            add(person, second, InteractionOutcome.NOT_UNDERSTOOD, null);
        }
        later(3, 20);
        succeed(person, goal);
    }

    private Optional<Idiom> habitOf(Person person, Goal goal) {
        Optional<Idiom> own = person.habitFor(goal.id());
        if (own.isPresent()) {
            return random.nextDouble() < person.habitRate() ? own : Optional.empty();
        }
        List<Idiom> shared = SyntheticScenario.HOUSEHOLD.stream().filter(i -> i.goal().equals(goal.id())).toList();
        if (!shared.isEmpty() && random.nextDouble() < HOUSEHOLD_HABIT_RATE) {
            return Optional.of(shared.get(random.nextInt(shared.size())));
        }
        return Optional.empty();
    }

    private Goal pickGoal() {
        double total = SyntheticScenario.GOALS.stream().mapToDouble(Goal::weight).sum();
        double x = random.nextDouble() * total;
        for (Goal goal : SyntheticScenario.GOALS) {
            x -= goal.weight();
            if (x < 0) {
                return goal;
            }
        }
        return SyntheticScenario.GOALS.get(SyntheticScenario.GOALS.size() - 1);
    }

    private Goal pickOtherGoal(Goal not) {
        Goal goal = pickGoal();
        while (goal.id().equals(not.id())) {
            goal = pickGoal();
        }
        return goal;
    }

    private void succeed(Person person, Goal goal) {
        // the usual phrasing three times out of four, the alternative otherwise
        String text = goal.understood().get(random.nextDouble() < 0.75 ? 0 : 1);
        add(person, text, InteractionOutcome.SUCCESS, goal.intent());
    }

    private void fail(Person person, Idiom idiom) {
        add(person, idiom.text(), idiom.outcome(), idiom.wrongIntent());
    }

    private void later(int minSeconds, int maxSeconds) {
        clock = clock.plusSeconds(minSeconds + random.nextInt(maxSeconds - minSeconds + 1));
    }

    private void add(Person person, String text, InteractionOutcome outcome, String intent) {
        records.add(new InteractionRecord(clock, person.id(), person.site(), text, outcome, intent));
    }
}

package io.ambient.teachable.rephrase;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The made-up household behind {@link SyntheticInteractionLog}: what people want, the phrasings the simulated
 * interpreter understands, and each person's habitual phrasings it does not.
 *
 * <p>Success is decided by a known mapping, not by running the real interpreter: a phrasing in
 * {@link Goal#understood()} succeeds as the goal's intent; an {@link Idiom} ends with its stated outcome. This
 * keeps the log's ground truth exact (the miner must rediscover these mappings) and independent of how good the
 * current intent model happens to be; several idioms here would in fact be understood by the real model, which
 * would make the ground truth move with every retraining.
 */
final class SyntheticScenario {

    /** Something a person wants done, with the phrasings that work for it (the first is the usual one). */
    record Goal(String id, String intent, List<String> understood, double weight) {
    }

    /**
     * A phrasing that does not work.
     *
     * @param goal       what the speaker meant
     * @param text       what they say
     * @param outcome    how the turn ends (not understood, or carried out wrongly and then "no"/undone)
     * @param wrongIntent the intent it was wrongly carried out as, for those outcomes
     */
    record Idiom(String goal, String text, InteractionOutcome outcome, String wrongIntent) {
    }

    /** A person: their habitual failing phrasings, and the share of requests they phrase that way. */
    record Person(String id, String site, Map<String, Idiom> habits, double habitRate) {
        Optional<Idiom> habitFor(String goal) {
            return Optional.ofNullable(habits.get(goal));
        }
    }

    static final List<Goal> GOALS = List.of(
            new Goal("kitchen-lights", "HassTurnOn",
                    List.of("turn on the kitchen lights", "switch on the kitchen lights"), 3),
            new Goal("bedroom-lamp", "HassTurnOff",
                    List.of("turn off the bedroom lamp", "switch off the bedroom lamp"), 2),
            new Goal("jazz", "HassMediaSearchAndPlay", List.of("play some jazz", "play jazz music"), 2),
            new Goal("temperature", "HassClimateSetTemperature",
                    List.of("set the temperature to 21 degrees", "set the heating to 21 degrees"), 2),
            new Goal("blinds", "HassTurnOff",
                    List.of("close the living room blinds", "close the blinds in the living room"), 2),
            new Goal("weather", "HassGetWeather", List.of("what's the weather", "what is the weather like"), 2),
            new Goal("timer", "HassStartTimer", List.of("set a timer for 10 minutes", "start a 10 minute timer"), 2),
            new Goal("pause", "HassMediaPause", List.of("pause the music", "pause"), 2),
            new Goal("milk", "HassShoppingListAddItem",
                    List.of("add milk to the shopping list", "put milk on the shopping list"), 1),
            new Goal("fan", "HassTurnOn", List.of("turn on the office fan", "switch on the office fan"), 1));

    /** Phrasings anyone in the household might use now and then (shared habits). */
    static final List<Idiom> HOUSEHOLD = List.of(
            notUnderstood("kitchen-lights", "make it bright in the kitchen"),
            notUnderstood("timer", "timer ten minutes go"));

    static final List<Person> PEOPLE = List.of(
            new Person("ann", "kitchen-satellite", Map.of(
                    "kitchen-lights", notUnderstood("kitchen-lights", "lights up in the kitchen"),
                    "blinds", notUnderstood("blinds", "shut the shades"),
                    "jazz", notUnderstood("jazz", "jazz time please")), 0.8),
            new Person("bob", "livingroom-satellite", Map.of(
                    "kitchen-lights", new Idiom("kitchen-lights", "kitchen lights go", InteractionOutcome.ANSWERED_NO,
                            "HassTurnOff"),
                    "temperature", notUnderstood("temperature", "heat it to 21"),
                    "weather", notUnderstood("weather", "is it gonna rain")), 0.8),
            new Person("cem", "office-satellite", Map.of(
                    "blinds", new Idiom("blinds", "blinds down in the living room", InteractionOutcome.UNDONE,
                            "HassTurnOn"),
                    "milk", notUnderstood("milk", "milk on the list")), 0.8),
            new Person("dee", "bedroom-satellite", Map.of(
                    "bedroom-lamp", notUnderstood("bedroom-lamp", "bedroom lamp out"),
                    "pause", new Idiom("pause", "hush", InteractionOutcome.INTERRUPTED, null)), 0.8));

    /** Second tries that still fail, said between a failed habit and the phrasing that works. */
    static final Map<String, String> SECOND_TRIES = Map.of(
            "kitchen-lights", "kitchen lights up",
            "temperature", "heating to 21",
            "blinds", "living room blinds down");

    private static Idiom notUnderstood(String goal, String text) {
        return new Idiom(goal, text, InteractionOutcome.NOT_UNDERSTOOD, null);
    }

    private SyntheticScenario() {
    }

    static Goal goal(String id) {
        return GOALS.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no goal " + id));
    }
}

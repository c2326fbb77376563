package io.ambient.teachable.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated population of listeners whose behaviour is known exactly, so a policy's true success rate can be
 * computed ({@link ExactPolicyValue}) and offline estimates checked against it.
 *
 * <p>Each listener has a hidden taste (energy, genre, era) drawn from fixed weights. Asked a question, they
 * answer truthfully, or give up with probability {@code quitAfterQuestion} (each question costs patience).
 * Offered a track matching m of their three attributes, they take it with probability {@code accept[m]};
 * otherwise they turn it down, and then give up with probability {@code quitAfterRejection}.
 */
public final class SimulatedListeners {

    /** A listener's hidden taste. */
    public record Taste(String energy, String genre, String era) {
        String value(Attribute attribute) {
            return switch (attribute) {
                case ENERGY -> energy;
                case GENRE -> genre;
                case ERA -> era;
            };
        }

        int matches(MusicTrack track) {
            int m = 0;
            for (Attribute a : Attribute.values()) {
                if (value(a).equals(track.value(a))) {
                    m++;
                }
            }
            return m;
        }
    }

    private static final double[] ENERGY_WEIGHTS = {0.5, 0.5};
    private static final double[] GENRE_WEIGHTS = {0.25, 0.2, 0.2, 0.15, 0.1, 0.1};
    private static final double[] ERA_WEIGHTS = {0.3, 0.4, 0.3};

    private final double quitAfterQuestion;
    private final double quitAfterRejection;
    private final double[] accept;
    private final Map<Taste, Double> population;
    private final List<Taste> drawOrder;

    /**
     * @param accept probability of taking a track that matches 0, 1, 2 or 3 attributes of the taste
     */
    public SimulatedListeners(double quitAfterQuestion, double quitAfterRejection, double[] accept) {
        if (accept.length != 4) {
            throw new IllegalArgumentException("accept needs 4 probabilities (0 to 3 matching attributes)");
        }
        this.quitAfterQuestion = quitAfterQuestion;
        this.quitAfterRejection = quitAfterRejection;
        this.accept = accept.clone();
        this.population = population();
        List<Taste> ordered = new ArrayList<>(population.keySet());
        ordered.sort(Comparator.comparing(Taste::toString)); // a fixed order: the same seed draws the same tastes
        this.drawOrder = List.copyOf(ordered);
    }

    /** The listeners the tests and the CLI use. */
    public static SimulatedListeners standard() {
        return new SimulatedListeners(0.08, 0.2, new double[]{0.02, 0.15, 0.45, 0.9});
    }

    private static Map<Taste, Double> population() {
        Map<Taste, Double> tastes = new LinkedHashMap<>();
        for (int e = 0; e < ENERGY_WEIGHTS.length; e++) {
            for (int g = 0; g < GENRE_WEIGHTS.length; g++) {
                for (int r = 0; r < ERA_WEIGHTS.length; r++) {
                    tastes.put(new Taste(Attribute.ENERGY.choices().get(e), Attribute.GENRE.choices().get(g),
                            Attribute.ERA.choices().get(r)), ENERGY_WEIGHTS[e] * GENRE_WEIGHTS[g] * ERA_WEIGHTS[r]);
                }
            }
        }
        return Map.copyOf(tastes);
    }

    /** Every taste with its probability (they sum to one). */
    public Map<Taste, Double> tastes() {
        return population;
    }

    public Taste drawTaste(Random random) {
        double x = random.nextDouble();
        for (Taste taste : drawOrder) {
            x -= population.get(taste);
            if (x < 0) {
                return taste;
            }
        }
        return drawOrder.get(drawOrder.size() - 1);
    }

    /** The exact distribution of a listener's response to a prompt. */
    public Map<ListenerResponse, Double> responses(Taste taste, DialogState state, DialogAction action,
                                                   ConversationRules rules) {
        Map<ListenerResponse, Double> out = new LinkedHashMap<>();
        if (action.asks().isPresent()) {
            out.put(new ListenerResponse.Answer(taste.value(action.asks().get())), 1 - quitAfterQuestion);
            out.put(new ListenerResponse.Quit(), quitAfterQuestion);
            return out;
        }
        var track = rules.suggestion(state);
        if (track.isEmpty()) {
            out.put(new ListenerResponse.Quit(), 1.0);
            return out;
        }
        double yes = accept[taste.matches(track.get())];
        out.put(new ListenerResponse.Accept(), yes);
        out.put(new ListenerResponse.Reject(), (1 - yes) * (1 - quitAfterRejection));
        out.put(new ListenerResponse.Quit(), (1 - yes) * quitAfterRejection);
        return out;
    }

    /** Draws a response from {@link #responses}. */
    public ListenerResponse respond(Taste taste, DialogState state, DialogAction action, ConversationRules rules,
                                    Random random) {
        double x = random.nextDouble();
        ListenerResponse last = null;
        for (Map.Entry<ListenerResponse, Double> e : responses(taste, state, action, rules).entrySet()) {
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        return last;
    }
}

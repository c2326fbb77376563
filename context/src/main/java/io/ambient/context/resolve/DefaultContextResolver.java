package io.ambient.context.resolve;

import io.ambient.context.ContextResolver;
import io.ambient.context.ContextSnapshot;
import io.ambient.context.Hypothesis;
import io.ambient.context.Intents;
import io.ambient.context.Interpretation;
import io.ambient.context.Slots;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.ambient.context.Intents.*;

/**
 * Fuses ranked hypotheses with the turn's context (see the package documentation for the rules and the
 * {@code contextUsed} vocabulary). Hypotheses are tried best first; one that no device can carry out
 * gives way to the next close one, so "set the lamp to 40" is a brightness, "put the oven on 220" a
 * temperature. Stateless and thread-safe.
 */
public final class DefaultContextResolver implements ContextResolver {
    /** Below this calibrated confidence the answer is NotUnderstood (chosen on the evaluation sets). */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** A lower hypothesis is tried only if it scored within this of the best one. */
    static final double FALLBACK_MARGIN = 0.3;

    private final double threshold;
    private final FollowUp followUp = new FollowUp();

    public DefaultContextResolver() {
        this(DEFAULT_THRESHOLD);
    }

    public DefaultContextResolver(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0,1], was " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public Interpretation resolve(String text, List<Hypothesis> hypotheses, ContextSnapshot context) {
        HomeView view = new HomeView(context);
        Optional<Interpretation.Clarify> pending = context.pendingQuestion();
        if (pending.isPresent()) {
            Optional<Interpretation> answered = followUp.answer(text, hypotheses, pending.get(), view);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        if (hypotheses.isEmpty()) {
            return new Interpretation.NotUnderstood("Sorry, I didn't understand that.", 0, List.of());
        }
        String reason = null;
        double best = hypotheses.get(0).score();
        for (Hypothesis h : hypotheses) {
            if (best - h.score() > FALLBACK_MARGIN) {
                break;
            }
            Targeting t = StateRules.preferActive(h.intent(), targets(h, view), view);
            if (t instanceof Targeting.None none) {
                reason = reason == null ? none.reason() : reason;
                continue;
            }
            return interpretation(h, t, view);
        }
        return new Interpretation.NotUnderstood(reason == null ? "Sorry, I didn't understand that." : reason,
                best, List.of());
    }

    private Interpretation interpretation(Hypothesis h, Targeting t, HomeView view) {
        if (t instanceof Targeting.Ambiguous amb) {
            // the name was the ambiguous part; an area the words gave still holds for the answer
            Slots open = h.slots().without("name");
            return new Interpretation.Clarify(h.intent(), open, amb.question(), amb.candidates(), h.score(), amb.used());
        }
        Targeting.Found f = (Targeting.Found) t;
        Slots slots = merge(h.slots(), f.slots());
        if (h.intent().equals(CLIMATE_SET_TEMPERATURE) && !slots.has("name") && !slots.has("domain")) {
            slots = slots.with("domain", "climate");
        }
        slots = Adjustments.apply(h.intent(), h, slots, f.targets().stream().findFirst()
                .flatMap(id -> view.home().entity(id)));
        double confidence = Math.min(1, h.score() * f.sure());
        if (confidence < threshold) {
            return new Interpretation.NotUnderstood("I'm not sure what you meant.", confidence, f.used());
        }
        return new Interpretation.Resolved(h.intent(), slots, f.targets(), confidence, f.used());
    }

    /** Which rule family decides the targets of this intent. */
    private static Targeting targets(Hypothesis h, HomeView view) {
        String intent = h.intent();
        boolean saysDevice = !h.mentions().isEmpty() || h.slots().has("domain") || h.slots().has("area");
        return switch (intent) {
            case GET_WEATHER -> TargetFinder.found(view.entities(e -> e.domain().equals("weather")), Map.of(), List.of(), 1);
            case SHOPPING_LIST_ADD_ITEM, SHOPPING_LIST_COMPLETE_ITEM, LIST_ADD_ITEM, LIST_COMPLETE_ITEM -> Lists.targets(h, view);
            case CLIMATE_GET_TEMPERATURE -> StateRules.temperature(h, view).orElseGet(() -> TargetFinder.find(intent, h, view));
            case MEDIA_SEARCH_AND_PLAY -> MediaRules.play(h, view);
            case MEDIA_PAUSE, MEDIA_UNPAUSE, MEDIA_NEXT, MEDIA_PREVIOUS, SET_VOLUME -> saysDevice
                    ? TargetFinder.find(intent, h, view) : StateRules.mediaByState(intent, view);
            case TURN_ON, TURN_OFF -> StateRules.pronoun(h, view, view.context().recentTurns())
                    .orElseGet(() -> TargetFinder.find(intent, h, view));
            case GET_STATE -> StateFilter.apply(h, TargetFinder.find(intent, h, view), view);
            default -> Intents.DEVICE_INTENTS.contains(intent) ? TargetFinder.find(intent, h, view)
                    : TargetFinder.found(List.of(), Map.of(), List.of(), 1);
        };
    }

    /** The words' slots with the changes target selection made (a null value removes a slot). */
    private static Slots merge(Slots words, Map<String, Object> changes) {
        Slots s = words;
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            s = e.getValue() == null ? s.without(e.getKey()) : s.with(e.getKey(), e.getValue());
        }
        return s;
    }

}

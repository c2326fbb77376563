package io.ambient.teachable.preferences;

import io.ambient.context.ContextResolver;
import io.ambient.context.ContextSnapshot;
import io.ambient.context.Hypothesis;
import io.ambient.context.Interpretation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves with the speaker's preferences: a preference-dependent request is resolved as the
 * preference reads it (placed before the understanding's own readings) and the preference is named in
 * {@code context.used}; one that needs a preference nobody gave is answered with how to give it. Every
 * other request goes to the context resolver unchanged. Stateless.
 */
public final class PreferenceAwareResolver implements ContextResolver {
    private final ContextResolver delegate;
    private final PreferenceRequests requests = new PreferenceRequests();

    public PreferenceAwareResolver(ContextResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Interpretation resolve(String text, List<Hypothesis> hypotheses, ContextSnapshot context) {
        if (context.pendingQuestion().isPresent()) {
            // an answer to "which one?" is not a new request
            Interpretation answered = delegate.resolve(text, hypotheses, context);
            if (!(answered instanceof Interpretation.NotUnderstood)) {
                return answered;
            }
        }
        Hypothesis base = hypotheses.isEmpty() ? null : hypotheses.get(0);
        Optional<PreferenceRequests.Effect> effect = requests.effect(text, context.preferences(), base);
        if (effect.isEmpty()) {
            return delegate.resolve(text, hypotheses, context);
        }
        if (effect.get() instanceof PreferenceRequests.Effect.Missing missing) {
            return new Interpretation.NotUnderstood(missing.reason(), 0, List.of());
        }
        PreferenceRequests.Effect.Applied applied = (PreferenceRequests.Effect.Applied) effect.get();
        List<Hypothesis> withPreference = new ArrayList<>();
        withPreference.add(applied.hypothesis());
        Interpretation i = delegate.resolve(text, withPreference, context);
        return withSignal(i, applied.signal());
    }

    private static Interpretation withSignal(Interpretation i, String signal) {
        List<String> used = new ArrayList<>(i.contextUsed());
        used.add(0, signal);
        if (i instanceof Interpretation.Resolved r) {
            return new Interpretation.Resolved(r.intent(), r.slots(), r.targets(), r.confidence(), used);
        }
        if (i instanceof Interpretation.Clarify c) {
            return new Interpretation.Clarify(c.intent(), c.slots(), c.question(), c.candidates(), c.confidence(),
                    used);
        }
        Interpretation.NotUnderstood n = (Interpretation.NotUnderstood) i;
        return new Interpretation.NotUnderstood(n.reason(), n.confidence(), used);
    }
}

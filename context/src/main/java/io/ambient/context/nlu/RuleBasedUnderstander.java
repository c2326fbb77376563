package io.ambient.context.nlu;

import io.ambient.context.Hypothesis;
import io.ambient.context.Slots;
import io.ambient.context.Understander;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The first understander: normalise, recognise the home's words and the quantities, let an
 * {@link IntentScorer} rank intents, and fill each ranked intent's slots. Thread-safe; the per-home
 * vocabulary is cached.
 */
public final class RuleBasedUnderstander implements Understander {
    /** Intents scoring below this are not worth a hypothesis. */
    static final double MIN_SCORE = 0.3;
    /** The resolver falls back to the next hypothesis when one cannot be resolved; three is plenty. */
    static final int MAX_HYPOTHESES = 3;

    private final IntentScorer scorer;
    private final FuzzyEntityNames fuzzyNames;
    private final VocabularyCache vocabularies = new VocabularyCache();

    /** With the keyword scorer. */
    public RuleBasedUnderstander() {
        this(new KeywordIntentScorer());
    }

    public RuleBasedUnderstander(IntentScorer scorer) {
        this(scorer, null);
    }

    /** @param fuzzyNames names devices by meaning when the words do not name one; null for words only */
    public RuleBasedUnderstander(IntentScorer scorer, FuzzyEntityNames fuzzyNames) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.fuzzyNames = fuzzyNames;
    }

    public String scorerId() {
        return scorer.id();
    }

    @Override
    public List<Hypothesis> understand(String text, HomeSnapshot home) {
        Analysis a = analyse(text, home);
        List<String> evidence = new ArrayList<>(List.of("", "masked:"));
        if (fuzzyNames != null) {
            FuzzyEntityNames.Refined refined = fuzzyNames.refine(a, home);
            a = refined.analysis();
            refined.match().ifPresent(m -> evidence.add(m.evidence()));
        }
        evidence.set(1, "masked:" + a.masked());
        List<Hypothesis> out = new ArrayList<>();
        for (IntentScore s : scorer.score(Utterance.of(a))) {
            if (s.score() < MIN_SCORE || out.size() == MAX_HYPOTHESES) {
                break;
            }
            SlotFiller.Filled f = SlotFiller.fill(s.intent(), a, home);
            evidence.set(0, s.evidence());
            out.add(new Hypothesis(s.intent(), s.score(), Slots.of(f.slots()), f.mentions(),
                    List.copyOf(evidence), f.cues()));
        }
        return out;
    }

    /** The words with everything recognised in them (also used to read follow-up answers). */
    public Analysis analyse(String text, HomeSnapshot home) {
        return Analysis.of(Normalizer.normalize(text), vocabularies.of(home));
    }
}

package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.context.Interpretation;
import io.ambient.context.Slots;
import io.ambient.context.nlu.Analysis;
import io.ambient.context.nlu.Normalizer;
import io.ambient.context.nlu.Span;
import io.ambient.context.nlu.VocabularyCache;
import io.ambient.devices.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an answer to a pending question ("the one in the bedroom", "the floor lamp", "bedroom") and
 * completes the original intent with the candidate it picks. Only the pending candidates are
 * considered, so "the left one" means the left of those two lamps.
 */
final class FollowUp {
    /** A hypothesis this strong, naming its own device, is a new request rather than an answer. */
    static final double NEW_REQUEST_SCORE = 0.8;
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

    private final VocabularyCache vocabularies = new VocabularyCache();

    Optional<Interpretation> answer(String text, List<Hypothesis> hypotheses, Interpretation.Clarify pending,
                                    HomeView view) {
        if (!hypotheses.isEmpty() && hypotheses.get(0).score() >= NEW_REQUEST_SCORE) {
            return Optional.empty();
        }
        Analysis a = Analysis.of(Normalizer.normalize(text), vocabularies.of(view.home()), true);
        List<Entity> candidates = view.byIds(pending.candidates());
        Pick pick = pick(a, candidates, view);
        if (pick.chosen().isEmpty() || pick.chosen().size() == candidates.size()) {
            return Optional.empty();
        }
        if (pick.chosen().size() > 1) {
            return Optional.of(new Interpretation.Clarify(pending.intent(), pending.slots(),
                    Questions.which(Questions.nounOf(pick.chosen()), pick.chosen(), view.home()),
                    HomeView.ids(pick.chosen()), pending.confidence(), List.of("follow-up")));
        }
        Entity e = pick.chosen().get(0);
        Slots slots = pending.slots().without("name");
        if (pick.byName() || !pending.slots().has("domain")) {
            slots = slots.with("name", e.name());
        }
        if (pick.byArea()) {
            slots = slots.with("area", view.areaName(e.areaId()));
        }
        return Optional.of(new Interpretation.Resolved(pending.intent(), slots, List.of(e.id()),
                Math.max(0.6, pending.confidence()), List.of("follow-up")));
    }

    private record Pick(List<Entity> chosen, boolean byName, boolean byArea) {
    }

    private static Pick pick(Analysis a, List<Entity> candidates, HomeView view) {
        List<Entity> chosen = new ArrayList<>(candidates);
        boolean byName = false;
        boolean byArea = false;
        for (Span s : a.spans()) {
            if (s instanceof Span.Entities n) {
                chosen.removeIf(e -> !n.entityIds().contains(e.id()));
                byName = true;
            } else if (s instanceof Span.AreaName ar) {
                chosen.removeIf(e -> !ar.areaId().equals(e.areaId()));
                byArea = true;
            } else if (s instanceof Span.FloorName f) {
                chosen.removeIf(e -> !view.onFloor(e, f.floorId()));
                byArea = true;
            }
        }
        int ordinal = ordinal(a.tokens(), candidates.size());
        if (ordinal >= 0 && !byName && !byArea) {
            return new Pick(List.of(candidates.get(ordinal)), true, false);
        }
        return new Pick(chosen, byName, byArea);
    }

    private static int ordinal(List<String> tokens, int size) {
        for (String t : tokens) {
            int i = ORDINALS.indexOf(t);
            if (i >= 0 && i < size) {
                return i;
            }
            if (Set.of("last", "latter").contains(t)) {
                return size - 1;
            }
            if (t.equals("former")) {
                return 0;
            }
        }
        return -1;
    }
}

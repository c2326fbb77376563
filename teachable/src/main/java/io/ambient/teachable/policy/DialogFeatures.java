package io.ambient.teachable.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a policy sees of a conversation, and all that is logged of it: which attributes are settled, how many
 * suggestions were turned down, and how many prompts came before. A policy decides from these alone, so a logged
 * conversation can be re-scored by any other policy offline.
 *
 * @param known      attributes already answered (including "don't mind")
 * @param rejections suggestions the listener turned down
 * @param turn       prompts so far
 */
public record DialogFeatures(Set<Attribute> known, int rejections, int turn) {

    public DialogFeatures {
        known = known.isEmpty() ? EnumSet.noneOf(Attribute.class) : EnumSet.copyOf(known);
        if (rejections < 0 || turn < 0) {
            throw new IllegalArgumentException("rejections and turn must not be negative: " + rejections + ", " + turn);
        }
    }

    @Override
    public Set<Attribute> known() {
        return known.isEmpty() ? EnumSet.noneOf(Attribute.class) : EnumSet.copyOf(known);
    }

    /** Questions about attributes not yet settled, and always a suggestion; in {@link DialogAction} order. */
    public List<DialogAction> allowedActions() {
        List<DialogAction> allowed = new ArrayList<>();
        for (DialogAction action : DialogAction.values()) {
            if (action.asks().map(a -> !known.contains(a)).orElse(true)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}

package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.devices.Entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.ambient.context.Intents.SHOPPING_LIST_ADD_ITEM;
import static io.ambient.context.Intents.SHOPPING_LIST_COMPLETE_ITEM;

/** Which to-do list a list intent is about: the one named, or the shopping list. */
final class Lists {
    private Lists() {
    }

    static Targeting targets(Hypothesis h, HomeView view) {
        if (!h.slots().has("item")) {
            return new Targeting.None("What should I put on the list?");
        }
        if (!h.mentions().isEmpty()) {
            return new Targeting.Found(h.mentions(), Map.of(), List.of(), 1);
        }
        boolean shopping = h.intent().equals(SHOPPING_LIST_ADD_ITEM) || h.intent().equals(SHOPPING_LIST_COMPLETE_ITEM);
        List<Entity> lists = view.entities(e -> e.domain().equals("todo")
                && (!shopping || e.name().toLowerCase(Locale.ROOT).contains("shopping")));
        if (!shopping) {
            return new Targeting.None("Which list?");
        }
        return TargetFinder.found(lists.isEmpty() ? List.of() : lists.subList(0, 1), Map.of(), List.of(), 1);
    }
}

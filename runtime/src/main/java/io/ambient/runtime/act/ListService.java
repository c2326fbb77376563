package io.ambient.runtime.act;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Household lists (the shopping list and any named list). Kept in memory for now: the teachable
 * store (a later issue) will make them durable.
 */
public final class ListService {
    public static final String SHOPPING = "shopping list";

    private final Map<String, List<Item>> lists = new LinkedHashMap<>();

    public record Item(String text, boolean complete) { }

    public synchronized void add(String list, String item) {
        lists.computeIfAbsent(key(list), k -> new ArrayList<>()).add(new Item(item.trim(), false));
    }

    /** Marks the first open item equal to {@code item} done; false when there is none. */
    public synchronized boolean complete(String list, String item) {
        List<Item> items = lists.getOrDefault(key(list), List.of());
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (!it.complete() && it.text().equalsIgnoreCase(item.trim())) {
                items.set(i, new Item(it.text(), true));
                return true;
            }
        }
        return false;
    }

    public synchronized List<Item> items(String list) {
        return List.copyOf(lists.getOrDefault(key(list), List.of()));
    }

    private static String key(String list) {
        return list == null || list.isBlank() ? SHOPPING : list.toLowerCase(Locale.ROOT).trim();
    }
}

package io.ambient.runtime.act;

import io.ambient.teachable.store.ListBook;
import io.ambient.teachable.store.UserId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Household lists (the shopping list and any named list). The runtime keeps them in the teachable store
 * ({@link ListBook}, household layer), so they survive restarts and power cuts; without a store (offline
 * evaluation, unit tests) they live in memory.
 */
public final class ListService {
    public static final String SHOPPING = "shopping list";

    private final ListBook durable;
    private final Map<String, List<Item>> memory = new LinkedHashMap<>();

    public record Item(String text, boolean complete) { }

    /** Lists kept in memory only. */
    public ListService() {
        this(null);
    }

    /** Lists kept durably in the store's household layer. */
    public ListService(ListBook durable) {
        this.durable = durable;
    }

    public synchronized void add(String list, String item) {
        if (durable != null) {
            durable.add(UserId.HOUSEHOLD, key(list), item);
            return;
        }
        memory.computeIfAbsent(key(list), k -> new ArrayList<>()).add(new Item(item.trim(), false));
    }

    /** Marks the first open item equal to {@code item} done; false when there is none. */
    public synchronized boolean complete(String list, String item) {
        if (durable != null) {
            return durable.complete(UserId.HOUSEHOLD, key(list), item);
        }
        List<Item> items = memory.getOrDefault(key(list), List.of());
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
        if (durable != null) {
            return durable.items(UserId.HOUSEHOLD, key(list)).stream()
                    .map(i -> new Item(i.text(), i.complete())).toList();
        }
        return List.copyOf(memory.getOrDefault(key(list), List.of()));
    }

    private static String key(String list) {
        return list == null || list.isBlank() ? SHOPPING : list.toLowerCase(Locale.ROOT).trim();
    }
}

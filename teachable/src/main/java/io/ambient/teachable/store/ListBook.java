package io.ambient.teachable.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Durable lists (the shopping list and any named list), per owner; usually the household's. */
public final class ListBook {
    private final RecordStore store;
    private final JsonRecords json = new JsonRecords();

    /** One entry of a list. */
    public record Item(String text, boolean complete) { }

    private record Value(String name, List<Item> items) { }

    public ListBook(RecordStore store) {
        this.store = store;
    }

    public synchronized void add(UserId owner, String list, String item) {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("nothing to add to the " + list);
        }
        List<Item> items = new ArrayList<>(items(owner, list));
        items.add(new Item(item.trim(), false));
        write(owner, list, items);
    }

    /** Marks the first open item equal to {@code item} done; false when there is none. */
    public synchronized boolean complete(UserId owner, String list, String item) {
        List<Item> items = new ArrayList<>(items(owner, list));
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (!it.complete() && it.text().equalsIgnoreCase(item.trim())) {
                items.set(i, new Item(it.text(), true));
                write(owner, list, items);
                return true;
            }
        }
        return false;
    }

    public List<Item> items(UserId owner, String list) {
        return store.get(key(owner, list)).map(r -> json.read(r, Value.class).items()).orElse(List.of());
    }

    private void write(UserId owner, String list, List<Item> items) {
        store.put(key(owner, list), json.write(new Value(name(list), items)));
    }

    private static RecordKey key(UserId owner, String list) {
        return RecordKey.of(RecordKind.LIST, owner, name(list));
    }

    private static String name(String list) {
        return list.trim().toLowerCase(Locale.ROOT);
    }
}

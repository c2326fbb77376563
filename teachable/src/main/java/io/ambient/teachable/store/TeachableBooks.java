package io.ambient.teachable.store;

/** The typed books over one store, created once and shared (each is thread-safe). */
public record TeachableBooks(RecordStore store, PhraseBook phrases, AliasBook aliases, PreferenceBook preferences,
                             RewriteBook rewrites, ListBook lists, InteractionLog interactions) {

    public static TeachableBooks over(RecordStore store) {
        return new TeachableBooks(store, new PhraseBook(store), new AliasBook(store), new PreferenceBook(store),
                new RewriteBook(store), new ListBook(store), new InteractionLog(store));
    }
}

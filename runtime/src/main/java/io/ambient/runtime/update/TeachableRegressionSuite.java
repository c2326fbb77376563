package io.ambient.runtime.update;

import io.ambient.models.registry.RegressionSuiteSource;
import io.ambient.teachable.store.Rewrite;
import io.ambient.teachable.store.TaughtPhrase;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What users taught, from the teachable store, as the gate's taught-phrase suite: every step of every taught
 * phrase and the target of every rewrite must keep the intent it is served today, and every rewrite's stored
 * embedding must still be found from its text by the candidate (through its transform) without re-indexing.
 */
public final class TeachableRegressionSuite implements RegressionSuiteSource {
    private final TeachableBooks books;
    private final Supplier<UnaryOperator<String>> asModelReads;

    /**
     * @param asModelReads what the model reads of a request in the home as it is now (normalised, names masked),
     *                     asked once per suite: the suite is scored as served, never on raw text the model was
     *                     not trained to read
     */
    public TeachableRegressionSuite(TeachableBooks books, Supplier<UnaryOperator<String>> asModelReads) {
        this.books = Objects.requireNonNull(books, "books");
        this.asModelReads = Objects.requireNonNull(asModelReads, "asModelReads");
    }

    @Override
    public List<Phrase> phrases() {
        UnaryOperator<String> read = asModelReads.get();
        List<Phrase> out = new ArrayList<>();
        for (UserId user : books.store().users()) {
            for (TaughtPhrase p : books.phrases().list(user)) {
                for (int i = 0; i < p.steps().size(); i++) {
                    out.add(Phrase.keepingIntent("phrase:" + user + ":" + p.phrase() + "#" + i,
                            read.apply(p.steps().get(i))));
                }
            }
            for (Rewrite r : books.rewrites().list(user)) {
                String id = "rewrite:" + user + ":" + r.from();
                out.add(Phrase.keepingIntent(id, read.apply(r.to())));
                r.embedding().ifPresent(e -> out.add(Phrase.storedEmbedding(id + "@embedding", r.from(), e)));
            }
        }
        return out;
    }
}

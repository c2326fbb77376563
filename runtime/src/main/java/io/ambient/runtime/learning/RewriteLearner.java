package io.ambient.runtime.learning;

import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.registry.ModelHandle;
import io.ambient.runtime.understanding.LoadedModel;
import io.ambient.runtime.understanding.UnderstandingService;
import io.ambient.teachable.rephrase.EmbeddingCache;
import io.ambient.teachable.rephrase.InteractionRecord;
import io.ambient.teachable.rephrase.MiningSettings;
import io.ambient.teachable.rephrase.RephraseDetector;
import io.ambient.teachable.rephrase.RephraseSimilarity;
import io.ambient.teachable.rephrase.RephraseStore;
import io.ambient.teachable.rephrase.RewriteMining;
import io.ambient.teachable.store.TeachableBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Mines rewrites from the whole stored interaction log (every user's and the household's) and saves them in the
 * store's rewrite book, where the rewrite stage finds them on the next turn. Sentences are embedded with the
 * serving model's encoder, leased for the run: after an update that is the new encoder through its transform, so
 * what is stored stays in the stored space. Without a trained model (rules only) nothing is mined. One run at a
 * time.
 */
public final class RewriteLearner {
    private static final Logger LOG = LoggerFactory.getLogger(RewriteLearner.class);

    private final TeachableBooks books;
    private final RephraseStore rephrases;
    private final UnderstandingService understanding;
    private final MiningSettings settings;
    private final Clock clock;

    public RewriteLearner(TeachableBooks books, UnderstandingService understanding, MiningSettings settings,
                          Clock clock) {
        this.books = books;
        this.rephrases = new RephraseStore(books.interactions(), books.rewrites());
        this.understanding = understanding;
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized MiningReport mine() {
        try (ModelHandle.Lease<LoadedModel> lease = understanding.acquireModel()) {
            Optional<OnnxIntentClassifier> model = lease.model().model();
            if (model.isEmpty()) {
                return MiningReport.notMined("no sentence encoder: " + lease.model().stage().version() + " serves",
                        clock.instant());
            }
            long t0 = System.nanoTime();
            List<InteractionRecord> log = rephrases.interactions(books.store().users());
            EmbeddingCache embeddings = new EmbeddingCache(model.get().encoder());
            RewriteMining.Result result = new RewriteMining(RephraseSimilarity.DEFAULT,
                    RephraseDetector.DEFAULT_WINDOW, settings, embeddings).run(log, 0);
            int saved = rephrases.save(result.rewrites());
            MiningReport report = new MiningReport(true, "mined", clock.instant(), result.entries(),
                    result.minedChains(), result.rephrasedChains(), result.rewrites().size(), saved,
                    embeddings.spaceId(), (System.nanoTime() - t0) / 1e6);
            LOG.info("learning: mined {} turns: {} requests, {} rephrased, {} rewrite(s), {} rule(s) saved in {} ms",
                    report.interactions(), report.requests(), report.rephrased(), report.rewrites(),
                    report.rulesSaved(), Math.round(report.ms()));
            return report;
        }
    }
}

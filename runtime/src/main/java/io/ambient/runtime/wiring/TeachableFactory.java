package io.ambient.runtime.wiring;

import io.ambient.runtime.config.LearningConfiguration;
import io.ambient.runtime.config.TeachableConfiguration;
import io.ambient.runtime.config.TurnConfiguration;
import io.ambient.runtime.dialog.DialogSessions;
import io.ambient.runtime.dialog.TeachingDialogs;
import io.ambient.runtime.dialog.TurnFeedback;
import io.ambient.runtime.failure.Expected;
import io.ambient.runtime.failure.TurnVerdicts;
import io.ambient.runtime.teach.LearnedRewrites;
import io.ambient.runtime.teach.TeachingStage;
import io.ambient.runtime.turn.DialogStage;
import io.ambient.runtime.turn.RewriteStage;
import io.ambient.teachable.moments.StoredMeanings;
import io.ambient.teachable.policy.ConversationRules;
import io.ambient.teachable.policy.MusicCatalogue;
import io.ambient.teachable.policy.MusicDialog;
import io.ambient.teachable.policy.StoredConversations;
import io.ambient.teachable.preferences.StoredPreferences;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.TeachableBooks;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Random;

/**
 * Opens the teachable store at start-up (a store that cannot open stops the start with its reason) and
 * builds what uses it: taught phrases and aliases (the rewrite stage), stored preferences, taught meanings,
 * teaching dialogs.
 */
@Factory
public class TeachableFactory {
    private static final Logger LOG = LoggerFactory.getLogger(TeachableFactory.class);

    @Context
    @Bean(preDestroy = "close")
    RecordStore teachableStore(TeachableConfiguration config, Clock clock) {
        LOG.info("teachable store in {}", config.path().toAbsolutePath());
        return JournaledRecordStore.open(config.path(), clock);
    }

    @Singleton
    TeachableBooks teachableBooks(RecordStore store) {
        return TeachableBooks.over(store);
    }

    @Singleton
    RewriteStage rewriteStage(TeachableBooks books, LearningConfiguration learning) {
        return new TeachingStage(books.phrases(), books.aliases(),
                new LearnedRewrites(books.rewrites(), learning.matchThreshold()));
    }

    @Singleton
    StoredPreferences storedPreferences(TeachableBooks books) {
        return new StoredPreferences(books.preferences());
    }

    @Singleton
    DialogStage dialogs(Clock clock, TurnConfiguration turns, StoredPreferences preferences, TeachableBooks books,
                        Provider<TurnVerdicts> verdicts) {
        // a Provider: the verdicts replay turns through the pipeline, which is built with these dialogs
        TurnFeedback feedback = (turnId, meant, source) -> verdicts.get().markWrong(turnId, meant == null
                ? Expected.UNKNOWN : new Expected(null, meant.intent(), meant.slots().values(), meant.targets()),
                source);
        // exploration needs real randomness; the logged propensities make any seed's conversations evaluable
        MusicDialog music = new MusicDialog(MusicDialog.DEFAULT_POLICY,
                new ConversationRules(MusicCatalogue.builtIn()), new Random(), clock);
        return new TeachingDialogs(new DialogSessions(clock, turns.followUpWindow()), preferences,
                new StoredMeanings(books.phrases()), feedback, music, new StoredConversations(books.store())::append);
    }
}

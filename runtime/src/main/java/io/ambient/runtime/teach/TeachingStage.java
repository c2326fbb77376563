package io.ambient.runtime.teach;

import io.ambient.context.Intents;
import io.ambient.context.Interpretation;
import io.ambient.context.Slots;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.runtime.turn.Rewrite;
import io.ambient.runtime.turn.RewriteStage;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.teachable.rephrase.RewriteMatch;
import io.ambient.teachable.store.Alias;
import io.ambient.teachable.store.AliasBook;
import io.ambient.teachable.store.PhraseBook;
import io.ambient.teachable.store.Phrases;
import io.ambient.teachable.store.StoreException;
import io.ambient.teachable.store.TaughtPhrase;
import io.ambient.teachable.store.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rewrite stage over what people taught: handles teaching commands (stored durably before they are
 * confirmed) and applies taught phrases and aliases to every other turn, the speaker's own first, then the
 * household's, and after them the mined rewrites ({@link LearnedRewrites}). Context signals:
 * {@code taught-phrase:<user>/<phrase>}, {@code taught-alias:<user>/<alias>}, {@code rewrite:<owner>/<from> -> <to>}.
 */
public final class TeachingStage implements RewriteStage {
    private static final Logger LOG = LoggerFactory.getLogger(TeachingStage.class);

    private final PhraseBook phrases;
    private final AliasBook aliases;
    private final LearnedRewrites learned;

    /** Taught phrases and aliases only. */
    public TeachingStage(PhraseBook phrases, AliasBook aliases) {
        this(phrases, aliases, null);
    }

    /** @param learned the mined rewrites, consulted after what was taught; null for none */
    public TeachingStage(PhraseBook phrases, AliasBook aliases, LearnedRewrites learned) {
        this.phrases = phrases;
        this.aliases = aliases;
        this.learned = learned;
    }

    @Override
    public Rewrite rewrite(TurnRequest request, HomeSnapshot home) {
        return rewrite(request, home, null);
    }

    /**
     * Teaching commands, then taught phrases and aliases, then (only when nothing taught applies) the learned
     * rewrites, with the request embedded by the leased understanding's encoder. Context signals also:
     * {@code rewrite:<owner>/<from> -> <to>}.
     */
    @Override
    public Rewrite rewrite(TurnRequest request, HomeSnapshot home, UnderstandingStage understanding) {
        UserId speaker = Speakers.of(request, home);
        List<Alias> known = aliases.effective(speaker);
        HomeSnapshot named = HomeNames.withAliases(home, known);
        Optional<TeachingCommand> command = TeachingParser.parse(request.text());
        if (command.isPresent()) {
            Optional<Rewrite.Handled> handled = handle(command.get(), speaker, named, request.act());
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        List<String> used = aliasesUsed(request.text(), known);
        Optional<TaughtPhrase> phrase = phrases.lookup(speaker, request.text());
        if (phrase.isPresent()) {
            used.add(0, "taught-phrase:" + phrase.get().user() + "/" + phrase.get().phrase());
            return new Rewrite.Steps(phrase.get().steps(), named, used);
        }
        if (used.isEmpty() && learned != null && understanding != null) {
            Optional<RewriteMatch> match = learnedRewrite(speaker, request.text(), understanding);
            if (match.isPresent()) {
                return new Rewrite.Steps(List.of(match.get().rewrittenText()), named,
                        List.of(LearnedRewrites.contextSignal(match.get())));
            }
        }
        return new Rewrite.Steps(List.of(request.text()), named, used);
    }

    /** A rewrite never overrides what was taught: only asked when no taught phrase or alias is in the words. */
    private Optional<RewriteMatch> learnedRewrite(UserId speaker, String text, UnderstandingStage understanding) {
        if (understanding.encoder().isEmpty()) {
            LOG.debug("no learned rewrites: {} serves without a sentence encoder", understanding.version());
            return Optional.empty();
        }
        return learned.find(speaker, text, understanding.encoder().get());
    }

    private Optional<Rewrite.Handled> handle(TeachingCommand command, UserId speaker, HomeSnapshot home, boolean act) {
        UserId owner = command.household() ? UserId.HOUSEHOLD : speaker;
        try {
            if (command instanceof TeachingCommand.TeachPhrase p) {
                return Optional.of(teachPhrase(p, owner, home, act));
            }
            if (command instanceof TeachingCommand.TeachAlias a) {
                return teachAlias(a, owner, home, act);
            }
            return forget((TeachingCommand.Forget) command, owner, home, act);
        } catch (IllegalArgumentException e) {
            return Optional.of(refused(command, e.getMessage(), home));
        } catch (StoreException e) {
            return Optional.of(refused(command, "I couldn't save that (" + e.getMessage() + ")", home));
        }
    }

    private Rewrite.Handled teachPhrase(TeachingCommand.TeachPhrase p, UserId owner, HomeSnapshot home, boolean act) {
        String phrase = Phrases.normalize(p.phrase());
        if (act) {
            phrases.teach(owner, phrase, p.steps());
        }
        String response = "OK, when " + (owner.isHousehold() ? "anyone says " : "you say ") + phrase + " I'll "
                + String.join(" and ", p.steps()) + ".";
        return done(Intents.AMBIENT_TEACH_PHRASE, Map.of("phrase", phrase, "steps", String.join("; ", p.steps())),
                owner, response, home);
    }

    private Optional<Rewrite.Handled> teachAlias(TeachingCommand.TeachAlias a, UserId owner, HomeSnapshot home,
                                                 boolean act) {
        List<String> words = a.words();
        for (int split = words.size() - 1; split >= 1; split--) {
            Optional<Entity> device = HomeNames.device(home, words.subList(0, split));
            if (device.isPresent()) {
                String alias = Phrases.normalize(String.join(" ", words.subList(split, words.size())));
                if (act) {
                    aliases.add(owner, device.get().id(), alias);
                }
                String response = "OK, I'll know the " + device.get().name() + " as " + alias
                        + (owner.isHousehold() ? " for everyone." : ".");
                return Optional.of(done(Intents.AMBIENT_TEACH_ALIAS, Map.of("name", device.get().name(),
                        "alias", alias), owner, response, home));
            }
        }
        return Optional.empty();
    }

    /** Forgets the owner's taught phrase, else alias, by that name; not a teaching command when neither exists. */
    private Optional<Rewrite.Handled> forget(TeachingCommand.Forget f, UserId owner, HomeSnapshot home, boolean act) {
        String what = Phrases.normalize(f.what());
        boolean isPhrase = phrases.find(owner, what).isPresent();
        if (!isPhrase && aliases.find(owner, what).isEmpty()) {
            return Optional.empty();
        }
        if (act) {
            boolean forgotten = isPhrase ? phrases.forget(owner, what) : aliases.forget(owner, what);
            if (!forgotten) {
                return Optional.empty();
            }
        }
        return Optional.of(done(Intents.AMBIENT_FORGET, Map.of("phrase", what), owner,
                "OK, I've forgotten " + what + (owner.isHousehold() ? " for everyone." : "."), home));
    }

    private static Rewrite.Handled done(String intent, Map<String, String> slots, UserId owner, String response,
                                        HomeSnapshot home) {
        return new Rewrite.Handled(new Interpretation.Resolved(intent, Slots.of(slots), List.of(), 1.0,
                List.of("user:" + owner)), response, true, home);
    }

    private static Rewrite.Handled refused(TeachingCommand command, String why, HomeSnapshot home) {
        String intent = command instanceof TeachingCommand.TeachPhrase ? Intents.AMBIENT_TEACH_PHRASE
                : command instanceof TeachingCommand.TeachAlias ? Intents.AMBIENT_TEACH_ALIAS : Intents.AMBIENT_FORGET;
        return new Rewrite.Handled(new Interpretation.Resolved(intent, Slots.NONE, List.of(), 1.0, List.of()),
                "I didn't learn that: " + why, false, home);
    }

    /** The taught aliases the words contain, as context signals. */
    private static List<String> aliasesUsed(String text, List<Alias> known) {
        List<String> used = new ArrayList<>();
        String said;
        try {
            said = " " + Phrases.normalize(text) + " ";
        } catch (IllegalArgumentException e) {
            return used;
        }
        for (Alias a : known) {
            if (said.contains(" " + a.alias() + " ")) {
                used.add("taught-alias:" + a.user() + "/" + a.alias());
            }
        }
        return used;
    }
}

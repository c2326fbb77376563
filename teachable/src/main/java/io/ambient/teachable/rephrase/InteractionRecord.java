package io.ambient.teachable.rephrase;

import java.time.Instant;
import java.util.Optional;

/**
 * One turn of the interaction log: who said what, where, when, and how it ended.
 *
 * @param time    when the turn started
 * @param user    who spoke (a user id, or the site's household user)
 * @param site    the satellite that heard it; may be empty for typed turns
 * @param text    the words as heard (before any rewrite)
 * @param outcome how the turn ended
 * @param intent  the intent that was carried out, or null when none was (not understood) or unknown
 */
public record InteractionRecord(Instant time, String user, String site, String text, InteractionOutcome outcome,
                                String intent) {

    public InteractionRecord {
        if (time == null) {
            throw new IllegalArgumentException("an interaction needs a time");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an interaction needs a user, was '" + user + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an interaction needs a text, was '" + text + "'");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("an interaction needs an outcome");
        }
        site = site == null ? "" : site;
        intent = intent == null || intent.isBlank() ? null : intent;
    }

    public Optional<String> intentIfKnown() {
        return Optional.ofNullable(intent);
    }

    public boolean succeeded() {
        return outcome == InteractionOutcome.SUCCESS;
    }
}

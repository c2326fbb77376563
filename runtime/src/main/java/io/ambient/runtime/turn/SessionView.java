package io.ambient.runtime.turn;

/**
 * The dialog session a turn belongs to, as the API and Hermes show it.
 *
 * @param id        the session's id
 * @param expecting what the next turn is expected to answer (e.g. {@code team}, {@code meaning},
 *                  {@code yes-no}), or null when the session ended with this turn
 * @param question  the question the next turn answers, or null when the session ended
 * @param open      true while the session waits for an answer; false on the turn that ends it
 */
public record SessionView(String id, String expecting, String question, boolean open) {

    public static SessionView ended(String id) {
        return new SessionView(id, null, null, false);
    }
}

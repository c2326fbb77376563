package io.ambient.runtime.turn;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.Site;

import java.util.Objects;
import java.util.Optional;

/**
 * A request to handle some words.
 *
 * @param text the words (typed, or recognised from speech)
 * @param site the satellite that heard them, or null
 * @param user who spoke, or null
 * @param area the speaker's area id when known without a site (the API may give it), or null
 * @param act  false to interpret only (nothing is sent to devices, no timer starts)
 */
public record TurnRequest(String text, String site, String user, String area, boolean act) {
    public static final int MAX_TEXT_LENGTH = 1000;

    /**
     * Who is speaking: the user the request names, else the owner of a personal satellite (home file
     * {@code sites[].user}); empty when it is nobody in particular (the household).
     */
    public Optional<String> speaker(HomeSnapshot home) {
        if (user != null && !user.isBlank()) {
            return Optional.of(user);
        }
        return Optional.ofNullable(site).map(home.sites()::get).flatMap(Site::owner);
    }

    public TurnRequest {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text is empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is " + text.length() + " characters; at most "
                    + MAX_TEXT_LENGTH + " are accepted");
        }
    }
}

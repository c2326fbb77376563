package io.ambient.context;

import io.ambient.devices.Area;
import io.ambient.devices.HomeSnapshot;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one turn may use besides its words. Immutable; built once per turn.
 *
 * @param siteId      the satellite that heard the request, or null (typed on the API without a site)
 * @param area        the speaker's area (from the site, or given directly), or null
 * @param user        who spoke, or null
 * @param time        local time of the turn
 * @param home        the home and every device's state
 * @param recentTurns this site's recent turns, newest first
 * @param preferences what the speaker (and the household) told the hub they like (added with the
 *                    teachable issue; the six-argument constructor keeps {@link Preferences#NONE})
 */
public record ContextSnapshot(String siteId, Area area, String user, LocalDateTime time, HomeSnapshot home,
                              List<RecentTurn> recentTurns, Preferences preferences) {
    public ContextSnapshot {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(home, "home");
        recentTurns = recentTurns == null ? List.of() : List.copyOf(recentTurns);
        preferences = preferences == null ? Preferences.NONE : preferences;
    }

    public ContextSnapshot(String siteId, Area area, String user, LocalDateTime time, HomeSnapshot home,
                           List<RecentTurn> recentTurns) {
        this(siteId, area, user, time, home, recentTurns, Preferences.NONE);
    }

    public Optional<Area> speakerArea() {
        return Optional.ofNullable(area);
    }

    public Optional<String> site() {
        return Optional.ofNullable(siteId);
    }

    public Optional<String> userOpt() {
        return Optional.ofNullable(user);
    }

    /** The newest recent turn still waiting for an answer to its question. */
    public Optional<Interpretation.Clarify> pendingQuestion() {
        return recentTurns.stream().findFirst().flatMap(RecentTurn::pending);
    }
}

package io.ambient.runtime.teach;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.Site;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.teachable.store.UserId;

import java.util.Optional;

/**
 * Who is speaking: the request's user when it names one (the API's {@code user}), else the owner of a
 * personal satellite (home file: {@code sites[].user}), else nobody in particular, which is the household.
 */
public final class Speakers {
    private Speakers() {
    }

    public static UserId of(TurnRequest request, HomeSnapshot home) {
        if (request.user() != null && !request.user().isBlank()) {
            return UserId.of(request.user());
        }
        return Optional.ofNullable(request.site()).map(home.sites()::get).flatMap(Site::owner).map(UserId::of)
                .orElse(UserId.HOUSEHOLD);
    }
}

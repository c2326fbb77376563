package io.ambient.runtime.teach;

import io.ambient.devices.HomeSnapshot;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.teachable.store.UserId;


/**
 * Who is speaking: the request's user when it names one (the API's {@code user}), else the owner of a
 * personal satellite (home file: {@code sites[].user}), else nobody in particular, which is the household.
 */
public final class Speakers {
    private Speakers() {
    }

    public static UserId of(TurnRequest request, HomeSnapshot home) {
        return request.speaker(home).map(UserId::of).orElse(UserId.HOUSEHOLD);
    }
}

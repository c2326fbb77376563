package io.ambient.runtime.turn;

import io.ambient.devices.HomeSnapshot;

import java.util.List;

/**
 * The rewrite stage (design §2), between the words and understanding: what this speaker taught (phrases,
 * aliases) and what was learned, the personal layer first and then the household's. Teaching commands
 * themselves ("when I say movie time, ...") end here.
 */
public interface RewriteStage {

    Rewrite rewrite(TurnRequest request, HomeSnapshot home);

    /**
     * The same with the understanding this turn leased: learned rewrites embed the request with its encoder, so
     * the query is in the space the serving model keeps stored embeddings in (after an update too).
     */
    default Rewrite rewrite(TurnRequest request, HomeSnapshot home, UnderstandingStage understanding) {
        return rewrite(request, home);
    }

    /** Leaves every turn as it is (no teachable store). */
    RewriteStage NONE = (request, home) -> new Rewrite.Steps(List.of(request.text()), home, List.of());
}

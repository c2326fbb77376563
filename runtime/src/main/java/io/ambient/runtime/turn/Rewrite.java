package io.ambient.runtime.turn;

import io.ambient.context.Interpretation;
import io.ambient.devices.HomeSnapshot;

import java.util.List;
import java.util.Objects;

/** What the rewrite stage made of a request. */
public sealed interface Rewrite {

    /** The home as this speaker names it (taught aliases added); later stages read this one. */
    HomeSnapshot home();

    /** One line for the trace. */
    String describe();

    /**
     * The words to understand: usually the request's own; the steps of a taught phrase, each understood
     * and acted on in turn; or a learned rewrite.
     *
     * @param used context signals the rewrite contributed ({@code taught-phrase:ann/movie time}, ...)
     */
    record Steps(List<String> steps, HomeSnapshot home, List<String> used) implements Rewrite {
        public Steps {
            steps = List.copyOf(steps);
            used = List.copyOf(used);
            Objects.requireNonNull(home, "home");
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a rewrite needs at least one step");
            }
        }

        @Override
        public String describe() {
            return used.isEmpty() ? "unchanged" : used + " -> " + steps;
        }
    }

    /** The request was a teaching command and was handled here (learned, forgotten, or refused). */
    record Handled(Interpretation interpretation, String response, boolean done, HomeSnapshot home)
            implements Rewrite {
        public Handled {
            Objects.requireNonNull(interpretation, "interpretation");
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(home, "home");
        }

        @Override
        public String describe() {
            return "teaching: " + response;
        }
    }
}

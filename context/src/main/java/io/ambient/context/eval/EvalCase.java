package io.ambient.context.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluation case (shared/formats.md §3 plus the team's extensions {@code home} and
 * {@code context.history}).
 *
 * @param id       case id; its prefix up to the first '/' names the rule family in reports
 * @param text     what was said
 * @param intent   expected intent, or null when nothing must be done
 * @param slots    expected slots; a list value means any member is correct
 * @param targets  expected targets, or null when the case does not say
 * @param outcome  expected outcome ({@code executed}, {@code clarify}, {@code not_understood})
 * @param context  where and when it was said
 * @param home     the evaluation home's file name without {@code .json}, or null
 * @param source   file and line, for messages
 */
public record EvalCase(String id, String text, String intent, Map<String, Object> slots, List<String> targets,
                       String outcome, Context context, String home, String source) {
    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        slots = slots == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
        targets = targets == null ? null : List.copyOf(targets);
        context = context == null ? Context.EMPTY : context;
    }

    /**
     * @param area    the speaker's area by name (or id), or null to take it from the site
     * @param site    satellite id
     * @param user    who spoke
     * @param time    local time, ISO-8601 ({@code 2026-05-01T07:05:00}), or null for the clock's
     * @param states  entity id -> state override for this case
     * @param history earlier utterances at the same site, oldest first
     */
    public record Context(String area, String site, String user, String time, Map<String, StateOverride> states,
                          List<String> history) {
        static final Context EMPTY = new Context(null, null, null, null, Map.of(), List.of());

        public Context {
            states = states == null ? Map.of() : Map.copyOf(states);
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** A state, optionally with attributes that replace the home file's attributes of the same name. */
    public record StateOverride(String state, Map<String, Object> attributes) {
        public StateOverride {
            Objects.requireNonNull(state, "state");
            attributes = attributes == null ? Map.of() : attributes;
        }
    }
}

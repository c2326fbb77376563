package io.ambient.context.eval;

import io.ambient.context.Interpretation;
import io.ambient.context.Slots;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one answer exactly as shared/formats.md §3 and the conventions page say: a non-executed
 * outcome counts as intent null; exact = intent equal, every expected slot equal (a list = any member)
 * and no extra slot among name/area/floor/domain/device_class; targets by set equality.
 */
final class CaseScorer {
    static final Set<String> TARGET_SLOTS = Set.of("name", "area", "floor", "domain", "device_class");

    private CaseScorer() {
    }

    /** What the interpreter answered, reduced to what is scored. */
    record Got(String intent, Slots slots, List<String> targets, String outcome) {
        static Got of(Interpretation i) {
            if (i instanceof Interpretation.Resolved r) {
                return new Got(r.intent(), r.slots(), r.targets(), "executed");
            }
            return new Got(null, Slots.NONE, List.of(),
                    i instanceof Interpretation.Clarify ? "clarify" : "not_understood");
        }
    }

    static String expectedOutcome(EvalCase c) {
        if (c.outcome() != null) {
            return c.outcome();
        }
        return c.intent() != null ? "executed" : "not_understood";
    }

    static boolean intentOk(EvalCase c, Got g) {
        return java.util.Objects.equals(c.intent(), g.intent());
    }

    static boolean exactOk(EvalCase c, Got g) {
        if (!intentOk(c, g)) {
            return false;
        }
        Map<String, Object> got = g.slots().values();
        for (Map.Entry<String, Object> e : c.slots().entrySet()) {
            if (!slotEquals(e.getValue(), got.get(e.getKey()))) {
                return false;
            }
        }
        for (String k : got.keySet()) {
            if (TARGET_SLOTS.contains(k) && !c.slots().containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    /** Null when the case gives no targets. */
    static Boolean targetOk(EvalCase c, Got g) {
        return c.targets() == null ? null : new HashSet<>(c.targets()).equals(new HashSet<>(g.targets()));
    }

    static boolean slotEquals(Object expected, Object got) {
        if (expected instanceof List<?> any) {
            return any.stream().anyMatch(x -> slotEquals(x, got));
        }
        if (expected == null || got == null) {
            return expected == got;
        }
        if (expected instanceof Number en && got instanceof Number gn) {
            return Math.abs(en.doubleValue() - gn.doubleValue()) < 1e-9;
        }
        return expected.toString().equals(got.toString());
    }

    /** A short reason for the failure list. */
    static String why(EvalCase c, Got g, boolean intentOk, boolean exactOk, Boolean targetOk, boolean outcomeOk) {
        StringBuilder sb = new StringBuilder();
        if (!outcomeOk) {
            sb.append("outcome; ");
        }
        if (!intentOk) {
            sb.append("intent; ");
        } else if (!exactOk) {
            sb.append("slots; ");
        }
        if (Boolean.FALSE.equals(targetOk)) {
            sb.append("targets; ");
        }
        return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 2);
    }
}

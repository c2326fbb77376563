package io.ambient.context;

import java.util.List;

/** Fuses hypotheses with the context into one interpretation. Pure: reads the snapshot, changes nothing. */
public interface ContextResolver {

    Interpretation resolve(String text, List<Hypothesis> hypotheses, ContextSnapshot context);
}

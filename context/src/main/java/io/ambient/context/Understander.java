package io.ambient.context;

import io.ambient.devices.HomeSnapshot;

import java.util.List;

/**
 * Text to ranked hypotheses, before context. The home gives the vocabulary (entity names, aliases, areas,
 * floors). Implementations: the rule-based first version now, an ONNX intent model later.
 */
public interface Understander {

    /** Best first; empty when nothing in the words looks like a home request. */
    List<Hypothesis> understand(String text, HomeSnapshot home);
}

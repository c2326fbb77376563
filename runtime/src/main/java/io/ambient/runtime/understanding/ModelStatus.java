package io.ambient.runtime.understanding;

/**
 * What health reports about understanding.
 *
 * @param configured the model configured to serve ({@code onnx} or {@code rules})
 * @param serving    the version serving turns now
 * @param ready      true when the configured model serves
 * @param detail     loading, ready, or why loading failed
 */
public record ModelStatus(String configured, String serving, boolean ready, String detail) { }

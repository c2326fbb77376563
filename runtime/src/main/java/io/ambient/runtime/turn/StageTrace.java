package io.ambient.runtime.turn;

/**
 * One stage of a turn: what ran, how long it took and what it produced (a short text for people).
 *
 * @param stage     {@code context}, {@code nlu}, {@code resolve}, {@code act}
 * @param component what did the work, with its version ({@code rules@0.1.0}, {@code mqtt})
 */
public record StageTrace(String stage, String component, double ms, String output) { }

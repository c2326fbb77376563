package io.ambient.runtime.failure;

/**
 * Where a bad turn went wrong.
 *
 * @param stage         the earliest stage that failed irrecoverably
 * @param why           one sentence naming what was wrong there
 * @param fromReference true when attributed against what the turn should have been; false when only suspected
 *                      from the trace (a bare "that's wrong")
 */
public record FailurePoint(FailureStage stage, String why, boolean fromReference) { }

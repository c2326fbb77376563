/**
 * One turn, flowing one way (shared/design.md §2): context -> understand -> resolve -> act -> record.
 *
 * <p>{@link io.ambient.runtime.turn.TurnPipeline} runs the stages and returns a {@link io.ambient.runtime.turn.Turn}:
 * the request, the interpretation, what was done, and a trace with each stage's output and time. Recent turns
 * per site ({@link io.ambient.runtime.turn.RecentTurns}) let a follow-up answer a question the runtime asked.
 */
package io.ambient.runtime.turn;

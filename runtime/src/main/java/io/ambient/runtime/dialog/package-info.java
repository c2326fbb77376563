/**
 * Dialog sessions: conversations that span several turns, for teaching. "Learn my preferences" asks the
 * preference questions one turn at a time; after a repeated failure or "no, that's wrong" the runtime asks
 * what the words meant; after a rephrase that worked it offers to remember it.
 *
 * <p>{@link io.ambient.runtime.dialog.TeachingDialogs} is the pipeline's
 * {@link io.ambient.runtime.turn.DialogStage}; it hands the preference dialog to
 * {@link io.ambient.runtime.dialog.PreferenceDialog} and teachable moments to
 * {@link io.ambient.runtime.dialog.MeaningDialog}. Sessions ({@link io.ambient.runtime.dialog.DialogSessions})
 * are keyed like follow-ups, by satellite (by user for typed turns without one), live in memory and end
 * after the follow-up window; what they teach is stored in the teachable store before it is confirmed. Over
 * HTTP the turn's answer carries {@code session}; over Hermes the adapter answers with
 * {@code hermes/dialogueManager/continueSession} or {@code endSession}.
 */
package io.ambient.runtime.dialog;

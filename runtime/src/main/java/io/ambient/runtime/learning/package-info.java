/**
 * Self-learning from rephrases while the hub runs. {@link io.ambient.runtime.learning.InteractionRecorder} writes
 * every acted-on turn to the teachable store's interaction log (in the background, never failing or slowing a
 * turn) and marks a turn later answered with "no", undone or interrupted; {@link
 * io.ambient.runtime.learning.LogMaintenance} keeps that log bounded and compacts the journal it grows;
 * {@link io.ambient.runtime.learning.RewriteLearner} mines rewrites from the log with the serving model's
 * encoder, and {@link io.ambient.runtime.learning.MiningSchedule} runs it after every N logged turns and on a
 * schedule. The rewrite stage ({@code runtime.teach.LearnedRewrites}) uses what was mined on the next turn.
 */
package io.ambient.runtime.learning;

/**
 * Teachable moments: noticing when a person repeats or rephrases a request the hub failed, or tells it
 * "no, that's wrong", so the runtime can offer to learn what they meant. Plain Java decisions over the
 * turn's recent history ({@link io.ambient.context.RecentTurn}); the runtime's dialog sessions ask the
 * question and the teachable store keeps the answer. Start with
 * {@link io.ambient.teachable.moments.TeachableMoments}.
 */
package io.ambient.teachable.moments;

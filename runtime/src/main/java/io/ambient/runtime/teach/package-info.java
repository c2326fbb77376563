/**
 * Teaching in conversation (design §2, the rewrite stage): "when I say movie time, dim the living room lights
 * and close the blinds" teaches a phrase, "call the reading lamp Lumos" an alias, "forget movie time" undoes
 * either. {@link io.ambient.runtime.teach.TeachingStage} handles those commands and, on every other turn,
 * applies what the speaker (then the household) taught: a taught phrase expands to its steps, taught aliases
 * join the home's vocabulary for that speaker. Everything is kept in the teachable store
 * ({@code io.ambient.teachable.store}), durable before it is confirmed.
 */
package io.ambient.runtime.teach;

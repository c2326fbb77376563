/**
 * The act stage: turns a resolved interpretation into device commands, timers, list changes and
 * answers, and reports what became of them as an {@link io.ambient.runtime.act.ActionResult}.
 *
 * <p>{@link io.ambient.runtime.act.CommandPlanner} decides which typed command each target gets;
 * {@link io.ambient.runtime.act.ActionExecutor} sends them through the devices module and waits for the
 * devices to confirm; {@link io.ambient.runtime.act.Answers} words the replies. Nothing here parses text.
 */
package io.ambient.runtime.act;

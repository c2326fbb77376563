/**
 * Contextual resolution: hypotheses + {@link io.ambient.context.ContextSnapshot} ->
 * {@link io.ambient.context.Interpretation}. Use {@link io.ambient.context.resolve.DefaultContextResolver}
 * (stateless, thread-safe).
 *
 * <p>Rules, in the words of docs/interpretation-conventions.md:
 * <ul>
 *   <li>a) no area said: the speaker's area ({@code area} slot filled);</li>
 *   <li>b) a name that fits several: those in the speaker's area; still several: a
 *       {@link io.ambient.context.Interpretation.Clarify} whose answer ("the one in the bedroom", "the
 *       floor lamp", "the first one") completes the original intent on the next turn;</li>
 *   <li>c) state decides where words do not: an appliance that is on (the oven) for a temperature
 *       question, the playing player for pause/next/volume, the paused one for resume, the moving cover
 *       for "close it"; no slot is added;</li>
 *   <li>d) type decides meaning: "play X" is a video on the room's screen, else music on a speaker;</li>
 *   <li>e) a kind found only in another room is used, without {@code area};</li>
 *   <li>f) out of domain, unknown device or area, nothing able to do it, or a calibrated confidence
 *       below the threshold: {@link io.ambient.context.Interpretation.NotUnderstood} with a reason.</li>
 * </ul>
 * Capabilities filter every candidate (a thermostat for a temperature, a cover for a position, never
 * a brightness to a switch); when the best hypothesis fits no device, the next close one is tried.
 * Confidence = hypothesis score x how sure target selection was (1 when the words settled it, less
 * when context had to choose).
 *
 * <p>{@code contextUsed} vocabulary (each names a signal that changed the decision):
 * <ul>
 *   <li>{@code site-area}: the speaker's area chose or narrowed the targets;</li>
 *   <li>{@code device-state:<entity>=<state>}: that entity's state chose it (rule c);</li>
 *   <li>{@code device-type:screen}: a screen in the room made "play" mean video (rule d);</li>
 *   <li>{@code only-candidate:<area id>}: the only fitting devices are in that other area (rule e);</li>
 *   <li>{@code follow-up}: the turn answered a pending question, or "it" meant the previous turn's targets.</li>
 * </ul>
 */
package io.ambient.context.resolve;

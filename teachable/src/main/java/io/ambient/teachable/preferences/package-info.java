/**
 * Preferences people tell the hub: parsing what they say ("I'm a Warriors fan", "I like it at 21
 * degrees", "I love jazz"), the catalogue of questions the "learn my preferences" dialog asks, and the
 * effects preferences have on interpretation ("what's the score" -> their team, "make it comfortable" ->
 * their temperature, "play some music" -> their genre).
 *
 * <p>Plain Java, no storage: the values reach interpretation through
 * {@link io.ambient.context.ContextSnapshot#preferences()}, and the runtime keeps them in the teachable
 * store. Start with {@link io.ambient.teachable.preferences.PreferenceStatements} (words -> a statement),
 * {@link io.ambient.teachable.preferences.PreferenceQuestions} (the dialog's questions) and
 * {@link io.ambient.teachable.preferences.PreferenceAwareResolver} (the effects, as a resolver in front of
 * the context resolver).
 */
package io.ambient.teachable.preferences;

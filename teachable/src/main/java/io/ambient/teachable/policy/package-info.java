/**
 * The "help me find music" dialog with a learned, logged policy, and offline evaluation of new policies.
 *
 * <ul>
 *   <li>{@link io.ambient.teachable.policy.MusicDialog}: the dialog as a state machine over
 *       {@link io.ambient.teachable.policy.MusicCatalogue} (the invented library in {@code music/catalogue.json});
 *       each prompt is drawn from a {@link io.ambient.teachable.policy.Policy} and logged as a
 *       {@link io.ambient.teachable.policy.ConversationStep} with its propensity and the whole distribution;
 *       a finished conversation is a {@link io.ambient.teachable.policy.ConversationRecord}
 *       ({@link io.ambient.teachable.policy.ConversationLogFormat}: JSON Lines;
 *       {@link io.ambient.teachable.policy.StoredConversations}: in the teachable store);</li>
 *   <li>policies: {@link io.ambient.teachable.policy.RankedPolicy} (epsilon-greedy) and
 *       {@link io.ambient.teachable.policy.SoftmaxPolicy}, read from JSON by
 *       {@link io.ambient.teachable.policy.PolicyFile}; they see only
 *       {@link io.ambient.teachable.policy.DialogFeatures}, which are logged, so any policy can be re-scored
 *       on any log;</li>
 *   <li>{@link io.ambient.teachable.policy.OffPolicyEvaluator}: IPS, self-normalised IPS, 95% intervals and the
 *       effective sample size, or {@link io.ambient.teachable.policy.OffPolicyEstimate.Unsupported} when the
 *       log never shows what the target would do;</li>
 *   <li>{@link io.ambient.teachable.policy.SimulatedListeners}, {@link io.ambient.teachable.policy.DialogSimulator}
 *       and {@link io.ambient.teachable.policy.ExactPolicyValue}: a simulated population whose true policy values
 *       are computed exactly, to test the estimator against.</li>
 * </ul>
 *
 * <p>{@link io.ambient.teachable.policy.ConversationRules} is the one place the game's rules live, shared by
 * the live dialog, the simulator and the exact evaluator.
 */
package io.ambient.teachable.policy;

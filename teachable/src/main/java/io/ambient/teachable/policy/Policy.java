package io.ambient.teachable.policy;

/**
 * Chooses the dialog's next prompt: a probability for each allowed action, from the conversation's
 * {@link DialogFeatures}. A policy that explores puts some probability on every allowed action, which is what
 * makes its logs usable for evaluating other policies offline.
 */
public interface Policy {

    /** A name for logs and reports. */
    String name();

    /** The probabilities of the next action; zero for every action the features do not allow. */
    ActionDistribution distribution(DialogFeatures features);
}

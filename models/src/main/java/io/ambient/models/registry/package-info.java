/**
 * The lifecycle of model versions on a hub: what is installed ({@link io.ambient.models.registry.ModelRegistry},
 * atomic install directories and a crash-safe active-version pointer), whether an update may replace the
 * serving model ({@link io.ambient.models.registry.CompatibilityGate} and its stored
 * {@link io.ambient.models.registry.GateReport}), and swapping without failing a turn
 * ({@link io.ambient.models.registry.ModelHandle}: reference-counted, so in-flight turns finish on the old model
 * and its native sessions close only after they drained).
 *
 * <p>The gate reads the regression suite through two ports the runtime fills in:
 * {@link io.ambient.models.registry.RegressionEvaluator} (the evaluation sets, scored the way the runtime scores
 * them) and {@link io.ambient.models.registry.RegressionSuiteSource} (taught phrases and active rewrites).
 */
package io.ambient.models.registry;

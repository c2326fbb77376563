/**
 * Why a turn went wrong. When a turn is marked bad — by explicit feedback ({@code POST /api/turns/{id}/feedback},
 * or other code calling {@link io.ambient.runtime.failure.TurnVerdicts}) or by evaluation against a reference —
 * {@link io.ambient.runtime.failure.FailurePointAnalyzer} names its failure point: the earliest stage that failed in
 * a way the later stages could not recover from (audio, speech recognition, rewrite, understanding, resolution,
 * the device). With a reference it replays the right words through the same understanding to tell a recognition
 * error that changed the intent from an understanding error on correct text; without one it can only suspect,
 * from the trace, and says so.
 */
package io.ambient.runtime.failure;

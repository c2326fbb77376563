/**
 * Offline evaluation (shared/formats.md §3, §5): {@link io.ambient.context.eval.Evaluation#run} reads a
 * home (or a directory of homes, each case's {@code home} picking one) and cases, interprets every
 * case in its context ({@code context.states}, {@code context.area}/{@code site}, {@code time},
 * {@code history}) and returns an {@link io.ambient.context.eval.EvalReport};
 * {@link io.ambient.context.eval.ReportPrinter} renders it as JSON or as a readable summary.
 * Malformed inputs are {@link io.ambient.context.eval.EvalException}s naming file and line; exit codes
 * are the caller's business.
 */
package io.ambient.context.eval;

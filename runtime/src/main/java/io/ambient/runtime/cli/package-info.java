/**
 * The command line behind {@code ./ambient}: argument parsing, {@code say} (talks to a running runtime over
 * HTTP) and {@code eval} (offline evaluation, no broker).
 */
package io.ambient.runtime.cli;

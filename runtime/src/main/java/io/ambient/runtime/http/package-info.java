/**
 * The HTTP API under {@code /api} (shared/formats.md §4): turns, interpretation without acting, devices,
 * context and turn traces. Controllers only translate between JSON and the turn pipeline; bad requests get
 * a 4xx with a message, never a stack trace.
 */
package io.ambient.runtime.http;

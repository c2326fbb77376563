/**
 * Over-the-air model updates on the hub: a package arrives (MQTT chunks, HTTP upload or a local path), its
 * signature and files are verified, the compatibility gate runs against the serving model, and only then does
 * it serve, swapped in between two turns ({@link io.ambient.runtime.update.ModelUpdateService}). Rejections
 * leave the serving model untouched and say why (status topic, API, log). The HTTP API is
 * {@link io.ambient.runtime.update.ModelController}.
 */
package io.ambient.runtime.update;

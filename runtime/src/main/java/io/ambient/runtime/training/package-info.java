/**
 * {@code ./ambient train}: builds the intent model package from the project's own generated training
 * sentences — generate, mask with the runtime's own vocabulary code, encode on ONNX Runtime, train the head,
 * evaluate on the development sets, write the package atomically. Deterministic for a seed.
 */
package io.ambient.runtime.training;

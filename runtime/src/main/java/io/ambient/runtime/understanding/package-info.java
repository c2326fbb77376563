/**
 * Which understanding serves turns, and loading it without making the hub wait: the rules serve at once,
 * the trained model loads in the background and takes over between two turns when it is ready.
 */
package io.ambient.runtime.understanding;

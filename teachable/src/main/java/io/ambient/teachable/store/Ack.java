package io.ambient.teachable.store;

/**
 * Proof that a change is durable: returned only after its journal record was fsync'd.
 *
 * @param sequence the journal sequence number of the record that carries the change (0 when the change
 *                 was empty and nothing needed writing)
 */
public record Ack(long sequence) { }

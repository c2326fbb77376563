package io.ambient.teachable.store;

import java.nio.file.Path;

/**
 * What the store looks like right now, for health checks and benchmarks.
 *
 * @param directory     where the journal and index live
 * @param schemaVersion the schema the records follow
 * @param records       records in the index
 * @param sequence      sequence number of the last journal record
 * @param journalBytes  size of the journal file
 * @param openedBy      how the index came to be at open: {@code verified}, {@code caught-up} (index behind
 *                      the journal, replayed the tail), {@code rebuilt: <reason>} or {@code created}
 * @param truncatedBytes bytes of a torn last journal record dropped at open (0 normally)
 */
public record StoreStatus(Path directory, int schemaVersion, long records, long sequence, long journalBytes,
                          String openedBy, long truncatedBytes) { }

package io.ambient.teachable.store;

/**
 * The first bytes of a journal file.
 *
 * @param schemaVersion the schema its records follow (migrated at open when older than the code's)
 * @param generation    changes whenever the journal is rewritten (compaction, erase, migration), so an
 *                      index built from another generation is recognised and rebuilt
 */
record JournalHeader(int schemaVersion, long generation) { }

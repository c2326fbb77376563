package io.ambient.teachable.store;

/**
 * What the index says it was built from, committed together with every change it applies.
 *
 * @param schemaVersion schema of the records in it
 * @param generation    the journal generation it was built from
 * @param sequence      the last journal record applied
 * @param journalLength journal length after that record
 * @param records       number of records in it
 * @param digest        order-independent digest of every key and value (see {@link IndexDigest})
 */
record IndexMeta(int schemaVersion, long generation, long sequence, long journalLength, long records, long digest) {
    static final IndexMeta EMPTY = new IndexMeta(0, 0, 0, 0, 0, 0);
}

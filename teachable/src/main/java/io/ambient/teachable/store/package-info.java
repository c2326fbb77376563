/**
 * The teachable store: everything users taught and the runtime learned, per user, durable across power cuts.
 *
 * <p>Use {@link io.ambient.teachable.store.RecordStore} (opened with
 * {@link io.ambient.teachable.store.JournaledRecordStore#open}) through the typed books built on it:
 * {@link io.ambient.teachable.store.PhraseBook}, {@link io.ambient.teachable.store.AliasBook},
 * {@link io.ambient.teachable.store.PreferenceBook}, {@link io.ambient.teachable.store.RewriteBook},
 * {@link io.ambient.teachable.store.ListBook} and {@link io.ambient.teachable.store.InteractionLog}.
 * A new kind of data needs no change here: pick a new {@link io.ambient.teachable.store.RecordKind} and keep
 * JSON values under it (see {@link io.ambient.teachable.store.JsonRecords}).
 *
 * <p>How it survives a crash: every change is first appended to an append-only, CRC-checked journal and
 * fsync'd; only then is it acknowledged (the write call returns). MapDB is an index rebuilt from the journal
 * whenever it fails to open or to verify (journal position, generation and a content digest), because MapDB
 * alone loses committed entries when killed (jankotek/mapdb#775). A torn last journal record is truncated;
 * erasing a user rewrites the journal without that user's records (temp file, fsync, rename, directory fsync)
 * and rebuilds the index, so the data is gone from disk, not only hidden.
 */
package io.ambient.teachable.store;

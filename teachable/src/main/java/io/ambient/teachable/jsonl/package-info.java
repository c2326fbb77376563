/** JSON Lines files of records, shared by the interaction log and the music-dialog conversation log. */
package io.ambient.teachable.jsonl;

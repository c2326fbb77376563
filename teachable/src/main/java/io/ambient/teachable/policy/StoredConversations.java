package io.ambient.teachable.policy;

import io.ambient.teachable.store.RecordKey;
import io.ambient.teachable.store.RecordKind;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.StoredRecord;
import io.ambient.teachable.store.UserId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The music dialog's conversation log in the teachable store: one record per finished conversation under the
 * speaker (the household for anonymous turns), kind {@value #KIND}, its value one line of
 * {@link ConversationLogFormat}. Durable when {@link #append} returns; erased with the user.
 */
public final class StoredConversations {
    /** The store record kind of logged music conversations. */
    public static final String KIND = "music-dialog";
    private static final RecordKind RECORD_KIND = new RecordKind(KIND);

    private final RecordStore store;

    public StoredConversations(RecordStore store) {
        this.store = store;
    }

    public void append(ConversationRecord conversation) {
        UserId owner = owner(conversation.user());
        String key = String.format("%015d-%s", conversation.time().toEpochMilli(), conversation.id());
        store.put(RecordKey.of(RECORD_KIND, owner, key), ConversationLogFormat.toLine(conversation));
    }

    /** Every stored conversation of the listed users, oldest first. */
    public List<ConversationRecord> list(Collection<UserId> users) {
        List<ConversationRecord> out = new ArrayList<>();
        for (UserId user : users) {
            for (StoredRecord record : store.list(RECORD_KIND, user)) {
                try {
                    out.add(ConversationLogFormat.parseLine(record.value()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("stored conversation " + record.key() + ": " + e.getMessage(), e);
                }
            }
        }
        out.sort(Comparator.comparing(ConversationRecord::time));
        return out;
    }

    private static UserId owner(String user) {
        return user == null || user.isBlank() ? UserId.HOUSEHOLD : UserId.of(user);
    }
}

package io.ambient.teachable.policy;

import java.util.Map;

/** One track of the music catalogue. */
public record MusicTrack(String id, String title, String artist, String genre, String energy, String era) {

    public MusicTrack {
        for (String field : new String[]{id, title, artist, genre, energy, era}) {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("a track needs id, title, artist, genre, energy and era");
            }
        }
        requireValue(Attribute.GENRE, genre, id);
        requireValue(Attribute.ENERGY, energy, id);
        requireValue(Attribute.ERA, era, id);
    }

    private static void requireValue(Attribute attribute, String value, String id) {
        if (!attribute.choices().contains(value)) {
            throw new IllegalArgumentException("track " + id + ": " + attribute.key() + " '" + value
                    + "' is not one of " + attribute.choices());
        }
    }

    public String value(Attribute attribute) {
        return switch (attribute) {
            case ENERGY -> energy;
            case GENRE -> genre;
            case ERA -> era;
        };
    }

    /** How many of the settled attributes this track matches ("any" matches everything). */
    public int matches(Map<Attribute, String> known) {
        int count = 0;
        for (Map.Entry<Attribute, String> e : known.entrySet()) {
            if (e.getValue().equals(Attribute.ANY) || e.getValue().equals(value(e.getKey()))) {
                count++;
            }
        }
        return count;
    }
}

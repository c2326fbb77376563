package io.ambient.teachable.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The music library the dialog suggests from: {@code music/catalogue.json} on the classpath by default
 * ({@code {"tracks": [{"id", "title", "artist", "genre", "energy", "era"}]}}).
 */
public final class MusicCatalogue {
    /** The built-in, invented library: one track per genre, energy and era. */
    public static final String BUILT_IN = "music/catalogue.json";

    private final List<MusicTrack> tracks;

    public MusicCatalogue(List<MusicTrack> tracks) {
        if (tracks.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one track");
        }
        this.tracks = List.copyOf(tracks);
    }

    /**
     * @throws IllegalArgumentException the resource is missing or a track is malformed (the message says which)
     */
    public static MusicCatalogue fromResource(String resource) {
        try (InputStream in = MusicCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no music catalogue at classpath:" + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<MusicTrack> tracks = new ArrayList<>();
            for (JsonNode t : root.path("tracks")) {
                tracks.add(new MusicTrack(t.path("id").asText(null), t.path("title").asText(null),
                        t.path("artist").asText(null), t.path("genre").asText(null), t.path("energy").asText(null),
                        t.path("era").asText(null)));
            }
            return new MusicCatalogue(tracks);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read music catalogue " + resource + ": " + e.getMessage(), e);
        }
    }

    public static MusicCatalogue builtIn() {
        return fromResource(BUILT_IN);
    }

    public List<MusicTrack> tracks() {
        return tracks;
    }

    /**
     * The track to suggest: the one matching most settled attributes, first in catalogue order among equals,
     * never one already turned down. Deterministic, so the dialog's only randomness is the policy's.
     */
    public Optional<MusicTrack> suggest(Map<Attribute, String> known, Set<String> rejected) {
        MusicTrack best = null;
        int bestMatches = -1;
        for (MusicTrack track : tracks) {
            if (rejected.contains(track.id())) {
                continue;
            }
            int m = track.matches(known);
            if (m > bestMatches) {
                best = track;
                bestMatches = m;
            }
        }
        return Optional.ofNullable(best);
    }
}

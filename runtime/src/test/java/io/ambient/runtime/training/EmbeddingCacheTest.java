package io.ambient.runtime.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingCacheTest {
    @TempDir
    Path dir;

    @Test
    void readsBackWhatItStoredForTheSameTextsAndSpaceOnly() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir);
        List<String> texts = List.of("turn on the <kind:light>", "what time is it");
        float[][] x = {{0.5f, -1f, 2f}, {3f, 0f, -0.25f}};
        assertTrue(cache.load(cache.file("space-a", texts), texts).isEmpty());
        cache.store(cache.file("space-a", texts), x);
        float[][] back = cache.load(cache.file("space-a", texts), texts).orElseThrow();
        assertArrayEquals(x[0], back[0]);
        assertArrayEquals(x[1], back[1]);
        assertTrue(cache.load(cache.file("space-b", texts), texts).isEmpty(), "another encoder's space never reads this file");
        List<String> other = List.of("turn on the <kind:light>", "what day is it");
        assertTrue(cache.load(cache.file("space-a", other), other).isEmpty(), "other texts never read this file");
    }

    @Test
    void aTruncatedFileIsAMissNotAnError() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir);
        List<String> texts = List.of("a", "b");
        Path file = cache.file("s", texts);
        cache.store(file, new float[][] {{1f, 2f}, {3f, 4f}});
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertTrue(cache.load(file, texts).isEmpty());
    }
}

package io.ambient.runtime.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RewritesCommandTest {
    @TempDir
    Path dir;

    @Test
    void generateThenMine_printsRewritesAndWinLossThenSavesToTheStore() {
        Path log = dir.resolve("log.jsonl");
        assertEquals(0, RewritesCommand.run(new String[]{"generate", "--out", log.toString(), "--entries", "1500"},
                new PrintStream(new ByteArrayOutputStream())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = RewritesCommand.run(new String[]{"mine", "--log", log.toString(), "--holdout", "0.3",
                "--store", dir.resolve("store").toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(0, code, out);
        assertTrue(out.contains("\"kitchen lights go\" -> \"turn on the kitchen lights\""), out);
        assertTrue(out.matches("(?s).*wins [1-9][0-9]* \\(.*"), out);
        assertTrue(out.contains("losses 0"), out);
        assertTrue(out.matches("(?s).*saved [1-9][0-9]* rewrite rules to the store.*"), out);
    }

    @Test
    void mine_malformedLog_saysWhichLineAndExitsOne() throws Exception {
        Path log = dir.resolve("bad.jsonl");
        Files.writeString(log, "{\"time\":\"2026-05-01T07:05:00Z\",\"user\":\"ann\",\"text\":\"hi\"}\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = RewritesCommand.run(new String[]{"mine", "--log", log.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(out.contains("line 1: missing field 'outcome'"), out);
    }

    @Test
    void mine_withoutLogOrStore_isAUsageError() {
        assertThrows(UsageException.class, () -> RewritesCommand.run(new String[]{"mine"}, System.out));
        assertThrows(UsageException.class, () -> RewritesCommand.run(new String[]{"mine", "--log", "x",
                "--holdout", "1"}, System.out));
    }
}

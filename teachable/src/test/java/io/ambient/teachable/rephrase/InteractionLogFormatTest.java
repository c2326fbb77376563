package io.ambient.teachable.rephrase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteractionLogFormatTest {
    @TempDir
    Path dir;

    @Test
    void writeThenRead_givesTheSameRecords() {
        List<InteractionRecord> records = List.of(
                new InteractionRecord(Instant.parse("2026-05-01T07:05:00Z"), "ann", "kitchen-satellite",
                        "lights up in the kitchen", InteractionOutcome.NOT_UNDERSTOOD, null),
                new InteractionRecord(Instant.parse("2026-05-01T07:05:09Z"), "ann", "kitchen-satellite",
                        "turn on the kitchen lights", InteractionOutcome.SUCCESS, "HassTurnOn"),
                new InteractionRecord(Instant.parse("2026-05-01T07:06:00Z"), "bob", "", "kitchen lights go",
                        InteractionOutcome.ANSWERED_NO, "HassTurnOff"));
        Path file = dir.resolve("log.jsonl");
        InteractionLogFormat.write(file, records);
        assertEquals(records, InteractionLogFormat.read(file));
    }

    @Test
    void parseLine_acceptsEveryOutcomeAndMissingOptionalFields() {
        for (InteractionOutcome outcome : InteractionOutcome.values()) {
            InteractionRecord r = InteractionLogFormat.parseLine("{\"time\":\"2026-05-01T07:05:00Z\",\"user\":\"ann\","
                    + "\"text\":\"hush\",\"outcome\":\"" + outcome.wireName() + "\",\"extra\":1}");
            assertEquals(outcome, r.outcome());
            assertEquals("", r.site());
            assertNull(r.intent());
        }
    }

    @Test
    void read_malformedLine_namesFileLineAndProblem() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"time\":\"2026-05-01T07:05:00Z\",\"user\":\"ann\",\"text\":\"hi\",\"outcome\":\"success\"}\n"
                + "\n"
                + "{\"time\":\"2026-05-01T07:05:00Z\",\"user\":\"ann\",\"text\":\"hi\",\"outcome\":\"meh\"}\n");
        InteractionLogException e = assertThrows(InteractionLogException.class, () -> InteractionLogFormat.read(file));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown outcome 'meh'"), e.getMessage());
    }

    @Test
    void parseLine_badTimeOrMissingText_saysWhich() {
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class, () -> InteractionLogFormat
                .parseLine("{\"time\":\"yesterday\",\"user\":\"ann\",\"text\":\"hi\",\"outcome\":\"success\"}"));
        assertTrue(time.getMessage().contains("yesterday"), time.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> InteractionLogFormat
                .parseLine("{\"time\":\"2026-05-01T07:05:00Z\",\"user\":\"ann\",\"outcome\":\"success\"}"));
        assertTrue(text.getMessage().contains("'text'"), text.getMessage());
    }

    @Test
    void read_missingFile_isALogException() {
        assertThrows(InteractionLogException.class, () -> InteractionLogFormat.read(dir.resolve("none.jsonl")));
    }
}

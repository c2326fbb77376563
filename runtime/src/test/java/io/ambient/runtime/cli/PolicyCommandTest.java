package io.ambient.runtime.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyCommandTest {
    @TempDir
    Path dir;

    private Path policy(String name, String json) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, json);
        return file;
    }

    private String run(int expectedCode, String... argv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = PolicyCommand.run(argv, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, out);
        return out;
    }

    @Test
    void simulateThenEvaluate_printsEstimatesWithIntervals_orRefusesAnUnsupportedTarget() throws Exception {
        Path explore = policy("explore", "{\"name\":\"explore\",\"kind\":\"epsilon-greedy\",\"epsilon\":0.3,"
                + "\"order\":[\"ASK_GENRE\",\"SUGGEST\"]}");
        Path greedy = policy("greedy", "{\"name\":\"greedy\",\"kind\":\"epsilon-greedy\",\"epsilon\":0,"
                + "\"order\":[\"ASK_GENRE\",\"SUGGEST\"]}");
        Path target = policy("now", "{\"name\":\"now\",\"kind\":\"epsilon-greedy\",\"epsilon\":0,"
                + "\"order\":[\"SUGGEST\"]}");
        Path log = dir.resolve("explore.jsonl");
        Path narrow = dir.resolve("greedy.jsonl");

        String simulated = run(0, "simulate", "--policy", explore.toString(), "--out", log.toString(),
                "--conversations", "3000");
        assertTrue(simulated.contains("(exact)"), simulated);
        String estimated = run(0, "evaluate", "--log", log.toString(), "--policy", target.toString());
        assertTrue(estimated.contains("IPS ") && estimated.contains("SNIPS") && estimated.contains("95% interval")
                && estimated.contains("effective sample size"), estimated);

        run(0, "simulate", "--policy", greedy.toString(), "--out", narrow.toString(), "--conversations", "200");
        String refused = run(1, "evaluate", "--log", narrow.toString(), "--policy", target.toString());
        assertTrue(refused.contains("cannot evaluate 'now'") && refused.contains("SUGGEST"), refused);
    }

    @Test
    void evaluate_badPolicyFile_namesTheProblem() throws Exception {
        Path bad = policy("bad", "{\"name\":\"bad\",\"kind\":\"greedy\"}");
        Path log = dir.resolve("empty.jsonl");
        Files.writeString(log, "");
        String out = run(1, "evaluate", "--log", log.toString(), "--policy", bad.toString());
        assertTrue(out.contains("'kind' must be epsilon-greedy or softmax"), out);
    }
}

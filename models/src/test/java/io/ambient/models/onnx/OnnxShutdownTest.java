package io.ambient.models.onnx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM asked to stop while a thread is inside ONNX Runtime ends cleanly. ONNX Runtime's Java binding frees
 * its native environment from a shutdown hook, concurrently with running threads; before the adapter pinned
 * the environment this crashed the process with SIGSEGV (how {@code ./ambient models bench-swap} died when it
 * was stopped).
 */
class OnnxShutdownTest {

    @TempDir
    Path dir;

    @Test
    void adapter_pinsTheNativeEnvironment() {
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1)) {
            assertTrue(OnnxRuntimeAdapter.environmentPinned(), "this ONNX Runtime version cannot be pinned: see the "
                    + "adapter's EnvironmentPin before upgrading it");
        }
    }

    @Test
    void exit_whileAThreadLoadsAndRunsSessions_endsCleanlyWithoutANativeCrash() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    ExitDuringInference.class.getName()))
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(output.contains("exiting after"), output);
            assertFalse(output.contains("worker failed"), output);
            assertEquals(0, child.exitValue(), "attempt " + attempt + ": " + output + crashReports());
        }
    }

    private String crashReports() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err")).map(Path::toString)
                    .toList().toString();
        }
    }
}

package io.ambient.models.onnx;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A child JVM for {@link OnnxShutdownTest}: one thread loads, runs and closes sessions without pause while the
 * main thread asks the JVM to exit, and a shutdown hook keeps the shutdown open for a moment so that the
 * worker is still calling ONNX Runtime while the other shutdown hooks (ONNX Runtime's own among them) run.
 * Exit code 0 means the process ended cleanly; a native crash ends it with 134 and an hs_err file.
 */
public final class ExitDuringInference {
    private ExitDuringInference() {
    }

    public static void main(String[] args) throws InterruptedException {
        OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
        byte[] model = TinyOnnxModels.softmax("embedding", "probabilities", 8);
        AtomicLong rounds = new AtomicLong();
        Thread worker = new Thread(() -> {
            float[][] input = {{1, 2, 3, 4, 5, 6, 7, 8}};
            while (true) {
                try (OnnxSession session = adapter.load(model, "tiny")) {
                    session.runFloat(Map.of("embedding", input), "probabilities");
                } catch (RuntimeException e) {
                    System.out.println("worker failed: " + e);
                    return;
                }
                rounds.incrementAndGet();
            }
        }, "inference-worker");
        worker.setDaemon(true);
        worker.start();
        while (rounds.get() < 200) {
            Thread.sleep(5);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "slow-hook"));
        System.out.println("exiting after " + rounds.get() + " rounds");
        System.out.flush();
        System.exit(0);
    }
}

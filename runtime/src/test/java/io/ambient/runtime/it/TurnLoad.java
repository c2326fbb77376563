package io.ambient.runtime.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients sending text turns back to back over HTTP while a test does something to the hub (a model update).
 * A turn fails if the request errs or its outcome is {@code failed} or missing; the models that served the
 * turns are collected from the traces' nlu stage.
 */
final class TurnLoad {
    final List<String> failures = new CopyOnWriteArrayList<>();
    final Set<String> modelsSeen = ConcurrentHashMap.newKeySet();
    final AtomicInteger turns = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    private final long pauseMillis;

    private TurnLoad(long pauseMillis) {
        this.pauseMillis = pauseMillis;
    }

    /**
     * {@code clients} threads, each cycling through {@code sentences} (from a different start) at {@code site},
     * pausing {@code pauseMillis} after each turn (0: back to back).
     */
    static TurnLoad start(RuntimeHarness hub, int clients, List<String> sentences, String site, long pauseMillis) {
        TurnLoad load = new TurnLoad(pauseMillis);
        for (int t = 0; t < clients; t++) {
            int offset = t;
            Thread th = new Thread(() -> load.run(hub, offset, sentences, site), "load-" + t);
            th.start();
            load.threads.add(th);
        }
        return load;
    }

    private void run(RuntimeHarness hub, int offset, List<String> sentences, String site) {
        for (int i = offset; running.get(); i++) {
            String text = sentences.get(i % sentences.size());
            try {
                JsonNode turn = hub.turn(text, site);
                turns.incrementAndGet();
                String outcome = turn.path("outcome").asText();
                if (outcome.equals("failed") || outcome.isEmpty()) {
                    failures.add(text + " -> " + turn);
                }
                turn.path("trace").forEach(s -> {
                    if (s.path("stage").asText().equals("nlu")) {
                        modelsSeen.add(s.path("model").asText());
                    }
                });
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.add(text + " -> " + e);
            }
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread th : threads) {
            th.join(60_000);
        }
    }
}

package io.ambient.runtime.cli;

import io.ambient.devices.Entity;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.models.asr.EndOfSpeechDetector;
import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.runtime.audio.HomeVocabulary;
import io.ambient.runtime.audio.SimulatedSatellite;
import io.ambient.runtime.audio.SpeechService;
import io.ambient.runtime.turn.StageTrace;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnLog;
import io.ambient.runtime.speecheval.Synthesizer;
import io.ambient.runtime.understanding.UnderstandingService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./ambient bench --speech}: (1) the real-time factor of recognition per biasing mode on spoken commands;
 * (2) end of speech to action: the demo (embedded broker, simulated home, runtime) in this process, a simulated
 * satellite streaming spoken commands at the pace of speech, and for each turn the time from the end of speech
 * being detected to the device's confirmed state (the turn's stages after audio), and from the last spoken word
 * (which adds the trailing silence the detector waits for).
 */
final class SpeechBenchCommand {
    /** Commands that toggle lights of the demo home's kitchen and office, from those rooms' satellites. */
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"turn on the kitchen lights", "kitchen-satellite", "light.kitchen_ceiling", "on"},
            new String[] {"turn off the kitchen lights", "kitchen-satellite", "light.kitchen_ceiling", "off"},
            new String[] {"turn on the desk lamp", "office-satellite", "light.office_desk_lamp", "on"},
            new String[] {"turn off the desk lamp", "office-satellite", "light.office_desk_lamp", "off"},
            new String[] {"switch on the lights", "office-satellite", "light.office_ceiling", "on"},
            new String[] {"switch off the lights", "office-satellite", "light.office_ceiling", "off"});

    private SpeechBenchCommand() {
    }

    static int run(String[] argv, PrintStream out) throws Exception {
        Args args = new Args(argv, Set.of("rounds", "home", "mode"));
        int rounds = Integer.parseInt(args.option("rounds").orElse("5"));
        if (!Synthesizer.available()) {
            throw new UsageException("bench --speech needs espeak-ng and sox (apt-get install espeak-ng sox)");
        }
        Synthesizer synth = new Synthesizer(Files.createTempDirectory("ambient-speech-bench-"));
        List<PcmAudio> spoken = new ArrayList<>();
        for (String[] c : COMMANDS) {
            spoken.add(synth.speak(c[0], "en-us"));
        }
        Path home = args.option("home").map(Path::of).orElse(CommandLine.installDir().resolve("homes/demo.json"));
        Map<String, Object> p = CommandLine.demoProperties(new String[] {"--port", String.valueOf(freePort()),
                "--mqtt-port", String.valueOf(freePort()), "--home", home.toString()});
        // the recognition mode of the end-of-speech measurement (the real-time factors cover every mode)
        args.option("mode").ifPresent(m -> p.put("ambient.speech.mode", SpeechRecognizer.Mode.parse(m).wire()));
        ApplicationContext context = Micronaut.build(new String[0]).properties(p).banner(false).start();
        String loadBefore = AudioEvalCommand.loadAverage();
        out.printf(Locale.ROOT, "machine: %d cores, load average (1/5/15 min) %s; %d rounds of %d commands%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, rounds, COMMANDS.size());
        try {
            context.getBean(UnderstandingService.class).loaded().get(180, TimeUnit.SECONDS);
            context.getBean(SpeechService.class).loaded().get(180, TimeUnit.SECONDS);
            realTimeFactors(context, spoken, out);
            endOfSpeechToAction(context, spoken, rounds, out);
        } finally {
            context.close();
        }
        out.printf(Locale.ROOT, "load average at the end: %s (above %d means other processes competed for the CPU)%n",
                AudioEvalCommand.loadAverage(), Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static void realTimeFactors(ApplicationContext context, List<PcmAudio> spoken, PrintStream out) {
        VoskEngine engine = context.getBean(SpeechService.class).engine().orElseThrow();
        var vocabulary = new HomeVocabulary().of(context.getBean(DeviceRegistry.class).current());
        out.println("recognition of whole recordings (" + spoken.size() + " commands, after one warm-up pass):");
        for (SpeechRecognizer.Mode mode : SpeechRecognizer.Mode.values()) {
            SpeechRecognizer r = new SpeechRecognizer(engine, mode);
            spoken.forEach(a -> r.recognize(a, vocabulary));
            double audio = 0;
            List<Double> ms = new ArrayList<>();
            for (PcmAudio a : spoken) {
                long t0 = System.nanoTime();
                r.recognize(a, vocabulary);
                ms.add((System.nanoTime() - t0) / 1e6);
                audio += a.seconds();
            }
            double total = ms.stream().mapToDouble(Double::doubleValue).sum();
            out.printf(Locale.ROOT, "  %-10s real-time factor %.3f  (%.0f ms for %.1f s of audio; p50 %.0f ms per command)%n",
                    mode.wire(), total / 1000 / audio, total, audio,
                    percentile(ms, 50));
        }
    }

    private static void endOfSpeechToAction(ApplicationContext context, List<PcmAudio> spoken, int rounds,
                                            PrintStream out) throws Exception {
        int port = context.getProperty("ambient.mqtt.port", Integer.class).orElseThrow();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        PahoMqttTransport mqtt = new PahoMqttTransport(MqttSettings.local("127.0.0.1", port, "bench-satellite"), scheduler);
        mqtt.connect().get(10, TimeUnit.SECONDS);
        LinkedBlockingQueue<String> turnIds = new LinkedBlockingQueue<>();
        mqtt.subscribe("hermes/asr/textCaptured", (t, payload, r) -> {
            String json = new String(payload, StandardCharsets.UTF_8);
            int at = json.indexOf("\"ambientTurnId\":\"");
            turnIds.add(at < 0 ? "" : json.substring(at + 17, json.indexOf('"', at + 17)));
        });
        Thread.sleep(300);
        DeviceRegistry registry = context.getBean(DeviceRegistry.class);
        TurnLog log = context.getBean(TurnLog.class);
        List<Double> detectedToAction = new ArrayList<>();
        List<Double> spokenToAction = new ArrayList<>();
        int wrong = 0;
        try {
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < COMMANDS.size(); i++) {
                    String[] c = COMMANDS.get(i);
                    PcmAudio audio = spoken.get(i);
                    double speechEnd = speechEndSeconds(audio);
                    long start = System.nanoTime();
                    // Watched while the satellite still streams its trailing silence: the device usually confirms
                    // before the stream ends, and play() only returns at its end.
                    CompletableFuture<Long> confirmed = CompletableFuture.supplyAsync(
                            () -> waitForState(registry, c[2], c[3], start), watcher);
                    new SimulatedSatellite(mqtt, c[1]).play(audio, 1.0, 1.0);
                    long acted = confirmed.get(15, TimeUnit.SECONDS);
                    String id = turnIds.poll(10, TimeUnit.SECONDS);
                    Optional<Turn> turn = id == null ? Optional.empty() : log.get(id);
                    if (acted < 0 || turn.isEmpty()) {
                        wrong++;
                        continue;
                    }
                    spokenToAction.add((acted - start) / 1e6 - speechEnd * 1000);
                    detectedToAction.add(turn.get().trace().stream().filter(s -> !s.stage().equals("audio"))
                            .mapToDouble(StageTrace::ms).sum());
                }
            }
        } finally {
            mqtt.close();
            scheduler.shutdownNow();
            watcher.shutdownNow();
        }
        out.printf(Locale.ROOT, "%nend of speech -> action, %d spoken commands over Hermes (%d missed or misheard),"
                        + " speech mode %s:%n", detectedToAction.size(), wrong,
                context.getBean(SpeechService.class).status().mode());
        out.printf(Locale.ROOT, "  end of speech detected -> device confirmed: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                percentile(detectedToAction, 50), percentile(detectedToAction, 95), percentile(detectedToAction, 100));
        out.printf(Locale.ROOT, "  last spoken word -> device confirmed:       p50 %.0f ms, p95 %.0f ms, max %.0f ms"
                + "  (includes the %s trailing silence)%n", percentile(spokenToAction, 50),
                percentile(spokenToAction, 95), percentile(spokenToAction, 100),
                context.getProperty("ambient.speech.trailing-silence", String.class).orElse("350ms"));
    }

    private static double speechEndSeconds(PcmAudio audio) {
        EndOfSpeechDetector d = new EndOfSpeechDetector(EndOfSpeechDetector.Settings.DEFAULT);
        PcmAudio pcm = audio.forRecognition();
        d.accept(pcm.samples(), pcm.samples().length);
        return d.speechEndSeconds();
    }

    /** When the runtime's registry saw the entity in the state (the device's confirmation), or -1 after 10 s. */
    private static long waitForState(DeviceRegistry registry, String entity, String state, long since) {
        while (System.nanoTime() - since < TimeUnit.SECONDS.toNanos(10)) {
            if (registry.current().entity(entity).map(Entity::state).orElse("").equals(state)) {
                return System.nanoTime();
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}

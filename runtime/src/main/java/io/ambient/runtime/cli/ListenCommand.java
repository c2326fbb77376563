package io.ambient.runtime.cli;

import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.models.asr.WavReader;
import io.ambient.runtime.audio.SimulatedSatellite;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./ambient listen FILE.wav --site S}: sends a recording to a running runtime, over HTTP
 * ({@code POST /api/audio}) or, with {@code --mqtt host:port}, as a Hermes satellite streaming it into the broker.
 */
final class ListenCommand {
    private ListenCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        Args args = new Args(argv, Set.of("site", "user", "url", "mqtt"));
        if (args.positional().size() != 1) {
            throw new UsageException("listen needs one WAV file");
        }
        Path file = Path.of(args.positional().get(0));
        byte[] wav;
        try {
            wav = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (args.option("mqtt").isPresent()) {
            return satellite(wav, args.option("site").orElseThrow(() -> new UsageException("--mqtt needs --site")),
                    args.option("mqtt").get(), out);
        }
        String url = args.option("url").orElse("http://127.0.0.1:8080");
        StringBuilder query = new StringBuilder();
        args.option("site").ifPresent(s -> query.append(query.length() == 0 ? "?" : "&").append("site=").append(enc(s)));
        args.option("user").ifPresent(s -> query.append(query.length() == 0 ? "?" : "&").append("user=").append(enc(s)));
        return CommandLine.send(url, "/api/audio" + query, "audio/wav", HttpRequest.BodyPublishers.ofByteArray(wav), out);
    }

    private static int satellite(byte[] wav, String site, String broker, PrintStream out) {
        String[] hostPort = broker.split(":");
        if (hostPort.length != 2) {
            throw new UsageException("--mqtt must be host:port, was " + broker);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        PahoMqttTransport mqtt = new PahoMqttTransport(MqttSettings.local(hostPort[0], Integer.parseInt(hostPort[1]),
                "ambient-listen-" + ProcessHandle.current().pid()), scheduler);
        try {
            mqtt.connect().get(10, TimeUnit.SECONDS);
            SimulatedSatellite.Played played = new SimulatedSatellite(mqtt, site).play(WavReader.read(wav), 1.5, 1.0);
            out.println("streamed " + wav.length + " bytes as satellite " + site + " (session " + played.sessionId()
                    + "); the runtime ends the utterance when the speaker stops");
            return 0;
        } catch (Exception e) {
            out.println("streaming to " + broker + " failed: " + e.getMessage());
            return 1;
        } finally {
            mqtt.close();
            scheduler.shutdownNow();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

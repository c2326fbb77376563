package io.ambient.runtime.speecheval;

import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.WavReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Speech and noise from the command line tools espeak-ng and sox (Debian packages; nothing else is needed).
 * Speech gets 0.4 s of silence before and after, as a satellite's recording would have: without it the small
 * Vosk model loses the first word.
 */
public final class Synthesizer {
    private final Path work;

    /** @param work a folder for temporary files */
    public Synthesizer(Path work) {
        this.work = work;
    }

    /** Whether espeak-ng and sox can be run. */
    public static boolean available() {
        try {
            return run(List.of("espeak-ng", "--version")) == 0 && run(List.of("sox", "--version")) == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The text spoken by an espeak-ng voice ({@code en-us}, {@code en-gb-scotland+f3}, {@code mb-us1}), 16 kHz. */
    public PcmAudio speak(String text, String voice) throws IOException, InterruptedException {
        Path raw = Files.createTempFile(work, "speech-", ".wav");
        Path out = Files.createTempFile(work, "speech16k-", ".wav");
        try {
            check(List.of("espeak-ng", "-v", voice, "-w", raw.toString(), "--", text), "espeak-ng");
            check(List.of("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString(),
                    "pad", "0.4", "0.4"), "sox");
            return WavReader.read(Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(out);
        }
    }

    /**
     * The speech with noise mixed in by sox so that speech is {@code snrDb} louder than the noise (speech level
     * measured over its voiced part). {@code noise} is a sox synth type: {@code pinknoise}, {@code brownnoise}.
     */
    public PcmAudio withNoise(PcmAudio speech, String noise, double snrDb) throws IOException, InterruptedException {
        Path clean = Files.createTempFile(work, "clean-", ".wav");
        Path noiseFile = Files.createTempFile(work, "noise-", ".wav");
        Path mixed = Files.createTempFile(work, "mixed-", ".wav");
        try {
            Files.write(clean, WavReader.write(speech));
            String seconds = String.format(Locale.ROOT, "%.3f", speech.seconds());
            check(List.of("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", noiseFile.toString(), "synth", seconds,
                    noise, "vol", "0.3"), "sox");
            PcmAudio n = WavReader.read(Files.readAllBytes(noiseFile));
            double gain = voicedRms(speech) / (rms(n) * Math.pow(10, snrDb / 20));
            check(List.of("sox", "-m", "-v", "1", clean.toString(), "-v", String.format(Locale.ROOT, "%.6f", gain),
                    noiseFile.toString(), mixed.toString()), "sox");
            return WavReader.read(Files.readAllBytes(mixed));
        } finally {
            Files.deleteIfExists(clean);
            Files.deleteIfExists(noiseFile);
            Files.deleteIfExists(mixed);
        }
    }

    /** RMS over 10 ms frames louder than -50 dBFS (the speech itself, not the padding). */
    static double voicedRms(PcmAudio a) {
        double sum = 0;
        long n = 0;
        short[] s = a.samples();
        for (int f = 0; f + 160 <= s.length; f += 160) {
            double e = 0;
            for (int i = f; i < f + 160; i++) {
                e += (double) s[i] * s[i];
            }
            if (e / 160 > Math.pow(32768 * Math.pow(10, -50 / 20.0), 2)) {
                sum += e;
                n += 160;
            }
        }
        return n == 0 ? rms(a) : Math.sqrt(sum / n);
    }

    static double rms(PcmAudio a) {
        double sum = 0;
        for (short v : a.samples()) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / Math.max(1, a.samples().length));
    }

    private static void check(List<String> command, String tool) throws IOException, InterruptedException {
        int code = run(command);
        if (code != 0) {
            throw new IOException(tool + " failed (exit " + code + "): " + String.join(" ", command));
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 60 s");
        }
        return p.exitValue();
    }
}

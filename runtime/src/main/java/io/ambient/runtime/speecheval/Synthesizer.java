package io.ambient.runtime.speecheval;

import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.WavReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Speech and noise from the command line tools espeak-ng and sox (Debian packages; nothing else is needed).
 * Speech gets 0.4 s of silence before and after, as a satellite's recording would have: without it the small
 * Vosk model loses the first word.
 *
 * <p>With a cache folder, every spoken and every noised recording is kept there as a WAV named by a digest of what
 * made it (espeak-ng's version, voice and text; the speech's samples, noise and level), so a rerun of the same
 * slices starts no process. Thread-safe: files are written under a temporary name and moved into place.
 */
public final class Synthesizer {
    private final Path work;
    private final Path cache;
    private volatile String espeakVersion;

    /** @param work a folder for temporary files */
    public Synthesizer(Path work) {
        this(work, null);
    }

    /**
     * @param work  a folder for temporary files
     * @param cache a folder for recordings to reuse, or null to make every recording anew
     */
    public Synthesizer(Path work, Path cache) {
        this.work = work;
        this.cache = cache;
    }

    /** Whether espeak-ng and sox can be run. */
    public static boolean available() {
        try {
            return run(List.of("espeak-ng", "--version")).code() == 0 && run(List.of("sox", "--version")).code() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The text spoken by an espeak-ng voice ({@code en-us}, {@code en-gb-scotland+f3}, {@code mb-us1}), 16 kHz. */
    public PcmAudio speak(String text, String voice) throws IOException, InterruptedException {
        if (cache == null) {
            return speakNow(text, voice);
        }
        if (espeakVersion == null) {
            espeakVersion = output(List.of("espeak-ng", "--version")).strip();
        }
        return cached(digest(espeakVersion, voice, text), () -> speakNow(text, voice));
    }

    private PcmAudio speakNow(String text, String voice) throws IOException, InterruptedException {
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
        if (cache == null) {
            return withNoiseNow(speech, noise, snrDb);
        }
        java.nio.ByteBuffer samples = java.nio.ByteBuffer.allocate(speech.samples().length * 2);
        samples.asShortBuffer().put(speech.samples());
        String key = digest(Base64.getEncoder().encodeToString(sha256(samples.array())), noise,
                String.format(Locale.ROOT, "%.2f", snrDb));
        return cached(key, () -> withNoiseNow(speech, noise, snrDb));
    }

    private PcmAudio withNoiseNow(PcmAudio speech, String noise, double snrDb) throws IOException, InterruptedException {
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

    /** Makes a recording, unless the cache has it under that key. */
    private PcmAudio cached(String key, Recording make) throws IOException, InterruptedException {
        Path file = cache.resolve(key + ".wav");
        if (Files.isRegularFile(file)) {
            return WavReader.read(Files.readAllBytes(file));
        }
        PcmAudio audio = make.get();
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, key, ".part");
        Files.write(partial, WavReader.write(audio));
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return audio;
    }

    private interface Recording {
        PcmAudio get() throws IOException, InterruptedException;
    }

    static String digest(String... parts) {
        byte[] hash = sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void check(List<String> command, String tool) throws IOException, InterruptedException {
        Finished f = run(command);
        if (f.code() != 0) {
            throw new IOException(tool + " failed (exit " + f.code() + "): " + String.join(" ", command)
                    + (f.output().isBlank() ? "" : ": " + f.output().strip().replace('\n', ' ')));
        }
    }

    /** What a tool printed (stdout and stderr); an IOException when it failed. */
    static String output(List<String> command) throws IOException, InterruptedException {
        Finished f = run(command);
        if (f.code() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + f.code() + "): " + f.output().strip());
        }
        return f.output();
    }

    private record Finished(int code, String output) { }

    private static Finished run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        // The tools print little (an error, a version, a voice list); read it all before waiting.
        byte[] printed = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 60 s");
        }
        return new Finished(p.exitValue(), new String(printed, StandardCharsets.UTF_8));
    }
}

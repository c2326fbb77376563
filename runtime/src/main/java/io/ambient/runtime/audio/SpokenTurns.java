package io.ambient.runtime.audio;

import io.ambient.devices.HomeStateSource;
import io.ambient.models.asr.EndOfSpeechDetector;
import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.Transcript;
import io.ambient.runtime.turn.StageTrace;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnPipeline;
import io.ambient.runtime.turn.TurnRequest;

import java.util.List;

/**
 * Speech to a turn: recognises an utterance biased toward the home's vocabulary, then runs the turn pipeline on
 * the words with the {@code audio} and {@code asr} stages at the front of its trace. Whole recordings
 * ({@link #handle}) and streams ({@link #open}) end the same way.
 */
public final class SpokenTurns {
    /** How a spoken turn ended. */
    public sealed interface Result permits Heard, NothingHeard { }

    /** Words were recognised and the turn ran. */
    public record Heard(Turn turn, Transcript transcript) implements Result { }

    /** No words came out (silence, noise, or speech the recogniser could not read); nothing ran. */
    public record NothingHeard(Transcript transcript, List<StageTrace> trace, String reason) implements Result { }

    private final SpeechService speech;
    private final HomeStateSource home;
    private final HomeVocabulary vocabulary;
    private final TurnPipeline pipeline;
    private final EndOfSpeechDetector.Settings endOfSpeech;

    public SpokenTurns(SpeechService speech, HomeStateSource home, HomeVocabulary vocabulary, TurnPipeline pipeline,
                       EndOfSpeechDetector.Settings endOfSpeech) {
        this.speech = speech;
        this.home = home;
        this.vocabulary = vocabulary;
        this.pipeline = pipeline;
        this.endOfSpeech = endOfSpeech;
    }

    /** A whole recording (a posted WAV, a file): recognised to its end. */
    public Result handle(PcmAudio audio, String source, String site, String user) throws SpeechUnavailableException {
        long t0 = System.nanoTime();
        PcmAudio pcm = audio.forRecognition();
        EndOfSpeechDetector detector = new EndOfSpeechDetector(endOfSpeech);
        detector.accept(pcm.samples(), pcm.samples().length);
        String audioOutput = describe(audio, detector);
        double audioMs = (System.nanoTime() - t0) / 1e6;
        try (Utterance u = open(source, site, user)) {
            u.audioMs = audioMs;
            u.stream.accept(pcm.samples(), pcm.samples().length);
            u.detector = detector;
            u.audioOutput = audioOutput;
            return u.finish();
        }
    }

    /** A stream: feed it chunks until {@link Utterance#accept} says the speaker stopped, then finish it. */
    public Utterance open(String source, String site, String user) throws SpeechUnavailableException {
        SpeechRecognizer recognizer = speech.recognizerForAudio()
                .orElseThrow(() -> new SpeechUnavailableException(speech.unavailableReason()));
        return new Utterance(recognizer, source, site, user);
    }

    /** One utterance being heard. Not thread-safe: one feeding thread at a time. */
    public final class Utterance implements AutoCloseable {
        private final SpeechRecognizer recognizer;
        private final SpeechRecognizer.Stream stream;
        private final String source;
        private final String site;
        private final String user;
        private EndOfSpeechDetector detector = new EndOfSpeechDetector(endOfSpeech);
        private String audioOutput;
        private double audioMs;
        private int sourceRate;

        private Utterance(SpeechRecognizer recognizer, String source, String site, String user) {
            this.recognizer = recognizer;
            this.stream = recognizer.open(vocabulary.of(home.current()));
            this.source = source;
            this.site = site;
            this.user = user;
        }

        /** Takes a chunk of audio (any rate); answers where the speaker is. */
        public EndOfSpeechDetector.State accept(PcmAudio chunk) {
            long t0 = System.nanoTime();
            sourceRate = chunk.sampleRate();
            PcmAudio pcm = chunk.forRecognition();
            stream.accept(pcm.samples(), pcm.samples().length);
            EndOfSpeechDetector.State state = detector.accept(pcm.samples(), pcm.samples().length);
            audioMs += (System.nanoTime() - t0) / 1e6;
            return state;
        }

        public EndOfSpeechDetector.State state() {
            return detector.state();
        }

        /** Recognises what was heard and, when there are words, runs the turn. */
        public Result finish() {
            long t0 = System.nanoTime();
            Transcript transcript = stream.finish();
            StageTrace audio = new StageTrace("audio", source, audioMs,
                    audioOutput != null ? audioOutput : describe(sourceRate, detector));
            StageTrace asr = new StageTrace("asr", "vosk-en-us " + recognizer.mode().wire(),
                    (System.nanoTime() - t0) / 1e6, transcript.text(), transcript.confidence(),
                    transcript.alternatives());
            if (transcript.isEmpty()) {
                String reason = detector.speechEndSeconds() < 0 ? "no speech in the audio" : "no words recognised";
                return new NothingHeard(transcript, List.of(audio, asr), reason);
            }
            Turn turn = pipeline.handle(new TurnRequest(transcript.text(), site, user, null, true), List.of(audio, asr));
            return new Heard(turn, transcript);
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    private static String describe(PcmAudio audio, EndOfSpeechDetector d) {
        return String.format("%.2f s at %d Hz; %s", audio.seconds(), audio.sampleRate(), speech(d));
    }

    private static String describe(int rate, EndOfSpeechDetector d) {
        return String.format("%.2f s streamed at %d Hz; %s", d.seconds(), rate, speech(d));
    }

    private static String speech(EndOfSpeechDetector d) {
        return d.speechEndSeconds() < 0 ? "no speech detected"
                : String.format("speech ended at %.2f s (%s)", d.speechEndSeconds(), d.state().name().toLowerCase(java.util.Locale.ROOT));
    }
}

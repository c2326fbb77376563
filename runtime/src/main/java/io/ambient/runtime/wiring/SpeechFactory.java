package io.ambient.runtime.wiring;

import io.ambient.devices.HomeStateSource;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.models.asr.EndOfSpeechDetector;
import io.ambient.runtime.act.Announcer;
import io.ambient.runtime.audio.HermesAudio;
import io.ambient.runtime.audio.HomeVocabulary;
import io.ambient.runtime.audio.SpeechService;
import io.ambient.runtime.audio.SpokenTurns;
import io.ambient.runtime.config.SpeechConfiguration;
import io.ambient.runtime.turn.TurnPipeline;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Speech: the recogniser (loaded in the background), spoken turns, and the Hermes ASR service for satellites. */
@Factory
public class SpeechFactory {

    /** Eager, so the model starts loading at start-up rather than at the first utterance. */
    @Context
    @Bean(preDestroy = "close")
    SpeechService speech(SpeechConfiguration config) {
        return new SpeechService(config, load -> Threads.daemon("ambient-speech-loader").newThread(load).start());
    }

    @Singleton
    SpokenTurns spokenTurns(SpeechService speech, HomeStateSource home, TurnPipeline pipeline,
                            SpeechConfiguration config) {
        return new SpokenTurns(speech, home, new HomeVocabulary(), pipeline, new EndOfSpeechDetector.Settings(
                config.trailingSilence(), config.noSpeechTimeout(), config.maxUtterance()));
    }

    @Singleton
    @Named("audio")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService audioThread() {
        return Executors.newSingleThreadExecutor(Threads.daemon("ambient-audio"));
    }

    /** Eager: satellites stream as soon as the broker is up. */
    @Context
    @Requires(property = "ambient.turns.hermes", notEquals = "false")
    @Requires(property = "ambient.speech.enabled", notEquals = "false")
    @Bean(preDestroy = "close")
    HermesAudio hermesAudio(MqttTransport mqtt, SpokenTurns turns, @Named("audio") ExecutorService audioThread,
                            @Named("hermes") ExecutorService turnExecutor, Announcer announcer) {
        HermesAudio audio = new HermesAudio(mqtt, turns, audioThread, turnExecutor, announcer);
        audio.start();
        return audio;
    }
}

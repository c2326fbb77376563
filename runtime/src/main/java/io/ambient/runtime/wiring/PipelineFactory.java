package io.ambient.runtime.wiring;

import io.ambient.context.nlu.Colors;
import io.ambient.devices.DeviceCommander;
import io.ambient.devices.HomeStateSource;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.runtime.act.ActionExecutor;
import io.ambient.runtime.act.Announcer;
import io.ambient.runtime.act.CommandPlanner;
import io.ambient.runtime.act.ListService;
import io.ambient.runtime.act.TimerService;
import io.ambient.runtime.config.LearningConfiguration;
import io.ambient.runtime.config.TurnConfiguration;
import io.ambient.runtime.health.MicrometerTurnObserver;
import io.ambient.runtime.hermes.HermesAdapter;
import io.ambient.runtime.hermes.HermesSpeaker;
import io.ambient.runtime.learning.InteractionRecorder;
import io.ambient.runtime.turn.DialogStage;
import io.ambient.runtime.turn.RecentTurns;
import io.ambient.runtime.turn.RewriteStage;
import io.ambient.runtime.turn.TurnLog;
import io.ambient.runtime.turn.TurnObserver;
import io.ambient.runtime.turn.TurnPipeline;
import io.ambient.runtime.understanding.UnderstandingService;
import io.ambient.teachable.preferences.StoredPreferences;
import io.ambient.teachable.store.TeachableBooks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Builds the turn pipeline: understanding, resolution, acting, recording, and the Hermes adapter. */
@Factory
public class PipelineFactory {

    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    @Named("ambient")
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService scheduler() {
        return Executors.newScheduledThreadPool(2, Threads.daemon("ambient-scheduler"));
    }

    @Singleton
    @Named("hermes")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService hermesExecutor() {
        return Executors.newFixedThreadPool(4, Threads.daemon("ambient-hermes"));
    }

    @Singleton
    Announcer announcer(MqttTransport mqtt, HomeStateSource home) {
        return new HermesSpeaker(mqtt, () -> List.copyOf(home.current().sites().keySet()));
    }

    @Singleton
    @Bean(preDestroy = "close")
    TimerService timers(Clock clock, @Named("ambient") ScheduledExecutorService scheduler, Announcer announcer) {
        return new TimerService(clock, scheduler, t -> announcer.say(t.site(), "Your " + t.label() + " is done."));
    }

    @Singleton
    ListService lists(TeachableBooks books) {
        return new ListService(books.lists());
    }

    @Singleton
    ActionExecutor executor(DeviceCommander devices, TimerService timers, ListService lists, Announcer announcer,
                            Clock clock) {
        CommandPlanner planner = new CommandPlanner(name -> Colors.byName(name)
                .map(c -> new int[] {c.red(), c.green(), c.blue()}));
        return new ActionExecutor(devices, planner, timers, lists, announcer, clock);
    }

    @Singleton
    RecentTurns recentTurns(Clock clock, TurnConfiguration config) {
        return new RecentTurns(clock, config.followUpWindow(), config.recentPerSite());
    }

    @Singleton
    TurnLog turnLog(TurnConfiguration config) {
        return new TurnLog(config.logCapacity());
    }

    @Singleton
    TurnObserver turnObserver(MeterRegistry registry, LearningConfiguration learning, InteractionRecorder recorder) {
        return learning.enabled() ? TurnObserver.all(List.of(new MicrometerTurnObserver(registry), recorder))
                : new MicrometerTurnObserver(registry);
    }

    @Singleton
    TurnPipeline pipeline(HomeStateSource home, UnderstandingService understanding, ActionExecutor executor,
                          RecentTurns recentTurns, TurnLog log, TurnObserver observer, Clock clock,
                          StoredPreferences preferences, DialogStage dialogs, RewriteStage rewriter) {
        return new TurnPipeline(home, understanding, executor, recentTurns, log, observer, clock, preferences::of,
                dialogs, rewriter);
    }

    /** Eager: satellites may send requests as soon as the broker is up. */
    @Context
    @Requires(property = "ambient.turns.hermes", notEquals = "false")
    @Bean(preDestroy = "close")
    HermesAdapter hermes(MqttTransport mqtt, TurnPipeline pipeline, @Named("hermes") ExecutorService executor,
                         Announcer announcer) {
        HermesAdapter adapter = new HermesAdapter(mqtt, pipeline, executor, announcer);
        adapter.start();
        return adapter;
    }
}

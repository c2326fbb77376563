package io.ambient.runtime.act;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Kitchen timers, per site: start, pause, resume, lengthen, shorten, cancel, ask. When a timer rings the
 * listener is told (the runtime announces it on the timer's site). Time comes from the injected clock;
 * ringing is scheduled on the injected executor.
 */
public final class TimerService implements AutoCloseable {

    /** A timer as the user sees it. {@code remaining} is frozen while paused. */
    public record Timer(long id, String site, String name, Duration length, Instant endsAt, Duration remaining,
                        boolean paused) {
        public String label() {
            return name != null ? name + " timer" : Durations.spoken(length) + " timer";
        }
    }

    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Timer> onRing;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry> timers = new ConcurrentHashMap<>();

    private record Entry(Timer timer, ScheduledFuture<?> ring) { }

    public TimerService(Clock clock, ScheduledExecutorService scheduler, Consumer<Timer> onRing) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.onRing = onRing;
    }

    public Timer start(String site, String name, Duration length) {
        if (length.isZero() || length.isNegative() || length.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a timer must be between one second and 24 hours, was " + length);
        }
        long id = ids.incrementAndGet();
        Instant now = clock.instant();
        Timer t = new Timer(id, site, name, length, now.plus(length), length, false);
        timers.put(id, new Entry(t, schedule(t, length)));
        return t;
    }

    /** The timers of a site, soonest first (a site of null means every site). */
    public List<Timer> list(String site) {
        List<Timer> out = new ArrayList<>();
        Instant now = clock.instant();
        for (Entry e : timers.values()) {
            if (site == null || site.equals(e.timer().site())) {
                out.add(current(e.timer(), now));
            }
        }
        out.sort(Comparator.comparing(Timer::remaining));
        return out;
    }

    /** The timer a request refers to: by name, else by length, else the only/soonest one at the site. */
    public Optional<Timer> find(String site, String name, Duration length) {
        List<Timer> candidates = list(site).isEmpty() ? list(null) : list(site);
        if (name != null) {
            return candidates.stream().filter(t -> name.equalsIgnoreCase(t.name())).findFirst();
        }
        if (length != null) {
            return candidates.stream().filter(t -> t.length().equals(length)).findFirst();
        }
        return candidates.stream().findFirst();
    }

    public boolean cancel(long id) {
        Entry e = timers.remove(id);
        if (e != null && e.ring() != null) {
            e.ring().cancel(false);
        }
        return e != null;
    }

    public int cancelAll(String site) {
        int n = 0;
        for (Timer t : list(site)) {
            n += cancel(t.id()) ? 1 : 0;
        }
        return n;
    }

    public Optional<Timer> pause(long id) {
        return replace(id, t -> new Timer(t.id(), t.site(), t.name(), t.length(), null, t.remaining(), true), false);
    }

    public Optional<Timer> resume(long id) {
        Instant now = clock.instant();
        return replace(id, t -> new Timer(t.id(), t.site(), t.name(), t.length(), now.plus(t.remaining()),
                t.remaining(), false), true);
    }

    /** Lengthens (positive) or shortens (negative) a timer; a timer shortened to nothing rings now. */
    public Optional<Timer> adjust(long id, Duration delta) {
        Instant now = clock.instant();
        return replace(id, t -> {
            Duration remaining = t.remaining().plus(delta);
            if (remaining.isNegative()) {
                remaining = Duration.ZERO;
            }
            return new Timer(t.id(), t.site(), t.name(), t.length().plus(delta), t.paused() ? null : now.plus(remaining),
                    remaining, t.paused());
        }, true);
    }

    private Optional<Timer> replace(long id, java.util.function.UnaryOperator<Timer> change, boolean reschedule) {
        Entry old = timers.get(id);
        if (old == null) {
            return Optional.empty();
        }
        if (old.ring() != null) {
            old.ring().cancel(false);
        }
        Timer updated = change.apply(current(old.timer(), clock.instant()));
        ScheduledFuture<?> ring = reschedule && !updated.paused() ? schedule(updated, updated.remaining()) : null;
        timers.put(id, new Entry(updated, ring));
        return Optional.of(updated);
    }

    private Timer current(Timer t, Instant now) {
        if (t.paused()) {
            return t;
        }
        Duration left = Duration.between(now, t.endsAt());
        return new Timer(t.id(), t.site(), t.name(), t.length(), t.endsAt(), left.isNegative() ? Duration.ZERO : left,
                false);
    }

    private ScheduledFuture<?> schedule(Timer t, Duration delay) {
        return scheduler.schedule(() -> {
            Entry e = timers.remove(t.id());
            if (e != null) {
                onRing.accept(e.timer());
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timers.values().forEach(e -> {
            if (e.ring() != null) {
                e.ring().cancel(false);
            }
        });
        timers.clear();
    }
}

package io.ambient.runtime.dialog;

import io.ambient.runtime.MovableClock;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.Interpretation;
import io.ambient.context.Preferences;
import io.ambient.context.RecentTurn;
import io.ambient.context.Slots;
import io.ambient.devices.HomeSnapshot;
import io.ambient.runtime.turn.DialogStage;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnOutcome;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.teachable.moments.StoredMeanings;
import io.ambient.teachable.preferences.StoredPreferences;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.TaughtPhrase;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The teaching dialogs' turns, on a real teachable store in a temporary directory. */
class TeachingDialogsTest {
    private static final String SITE = "kitchen-satellite";
    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T07:00:00Z"));
    private RecordStore store;
    private TeachableBooks books;
    private StoredPreferences preferences;
    private TeachingDialogs dialogs;
    private final List<RecentTurn> recent = new ArrayList<>();
    private final List<String> markedWrong = new ArrayList<>();

    @BeforeEach
    void open() {
        store = JournaledRecordStore.open(dir, clock);
        books = TeachableBooks.over(store);
        preferences = new StoredPreferences(books.preferences());
        dialogs = new TeachingDialogs(new DialogSessions(clock, Duration.ofMinutes(2)), preferences,
                new StoredMeanings(books.phrases()),
                (turnId, meant, source) -> markedWrong.add(turnId + " " + source));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void interview_skipUnclearValueStop_storesOnlyWhatWasAnswered() {
        DialogStage.Reply start = before("learn my preferences", "ann").orElseThrow();
        assertEquals(TurnOutcome.CLARIFY, start.outcome());
        assertEquals("team", start.session().expecting());

        DialogStage.Reply skipped = before("skip", "ann").orElseThrow();
        assertEquals("music_genre", skipped.session().expecting());
        DialogStage.Reply music = before("I like jazz mostly", "ann").orElseThrow();
        assertEquals("temperature", music.session().expecting());
        DialogStage.Reply unclear = before("warm I guess", "ann").orElseThrow();
        assertEquals("temperature", unclear.session().expecting(), unclear.response());
        assertTrue(unclear.response().contains("What room temperature"), unclear.response());
        DialogStage.Reply stop = before("stop", "ann").orElseThrow();

        assertFalse(stop.session().open());
        assertEquals(start.session().id(), stop.session().id());
        Preferences stored = preferences.of("ann");
        assertEquals("jazz", stored.get(Preferences.MUSIC_GENRE).orElseThrow().value());
        assertTrue(stored.get(Preferences.TEAM).isEmpty());
        assertTrue(before("the warriors", "ann").isEmpty(), "the session is over: an ordinary turn");
    }

    @Test
    void interview_unansweredPastTheWindow_isForgotten() {
        before("learn my preferences", "ann").orElseThrow();
        clock.advance(Duration.ofMinutes(3));

        assertTrue(before("the warriors", "ann").isEmpty());
        assertTrue(preferences.of("ann").isEmpty());
    }

    @Test
    void statement_forAUserTheStoreCannotHold_failsSayingSo() {
        DialogStage.Reply r = before("I'm a Warriors fan", "Ann Smith!").orElseThrow();

        assertEquals(TurnOutcome.FAILED, r.outcome());
        assertTrue(r.response().startsWith("I couldn't store that"), r.response());
    }

    @Test
    void rephraseThatWorked_offerAccepted_isTaughtForTheUser() {
        recent.add(0, failed("switch on the blower"));
        Turn worked = after(turn("switch on the fan", "ann", TurnOutcome.EXECUTED));
        assertEquals("yes-no", worked.session().expecting(), worked.response());
        assertTrue(worked.response().endsWith("Shall I remember that \"switch on the blower\" means the same?"));

        DialogStage.Reply yes = before("yes please", "ann").orElseThrow();

        assertEquals(TurnOutcome.EXECUTED, yes.outcome());
        assertFalse(yes.session().open());
        assertEquals(List.of("switch on the fan"), books.phrases().lookup(UserId.of("ann"), "switch on the blower")
                .map(TaughtPhrase::steps).orElseThrow());
    }

    @Test
    void rephraseOfferIgnored_nextRequestIsOrdinaryAndEndsTheSession() {
        recent.add(0, failed("switch on the blower"));
        Turn worked = after(turn("switch on the fan", "ann", TurnOutcome.EXECUTED));

        assertTrue(before("turn off the lights", "ann").isEmpty());
        Turn next = after(turn("turn off the lights", "ann", TurnOutcome.EXECUTED));

        assertEquals(worked.session().id(), next.session().id());
        assertFalse(next.session().open());
        assertTrue(books.phrases().list(UserId.of("ann")).isEmpty());
    }

    @Test
    void negativeFeedback_asksAboutThePreviousTurn_andReportsItWrong() {
        recent.add(0, new RecentTurn("t-1", clock.instant(), "turn on the lamp", "HassTurnOn", Slots.NONE,
                List.of("light.reading_lamp"), "executed", Optional.empty()));

        DialogStage.Reply r = before("no, that's wrong", "ann").orElseThrow();

        assertEquals("meaning", r.session().expecting());
        assertEquals("What did you mean by \"turn on the lamp\"?", r.session().question());
        assertEquals(List.of("t-1 no-thats-wrong"), markedWrong);
    }

    private Optional<DialogStage.Reply> before(String text, String user) {
        return dialogs.before(new TurnRequest(text, SITE, user, null, true), context(user));
    }

    private Turn after(Turn turn) {
        return dialogs.after(turn, context(turn.request().user()));
    }

    private ContextSnapshot context(String user) {
        return new ContextSnapshot(SITE, null, user, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                HomeSnapshot.empty(clock.instant()), recent);
    }

    private Turn turn(String text, String user, TurnOutcome outcome) {
        Interpretation i = outcome == TurnOutcome.NOT_UNDERSTOOD ? new Interpretation.NotUnderstood("no", 0, null)
                : new Interpretation.Resolved("HassTurnOn", Slots.NONE, List.of("fan.office_fan"), 0.9, null);
        return new Turn("t-" + text.hashCode(), clock.instant(), new TurnRequest(text, SITE, user, null, true), null,
                i, outcome, "Done.", List.of(), List.of());
    }

    private RecentTurn failed(String text) {
        return new RecentTurn("f-" + text.hashCode(), clock.instant(), text, null, Slots.NONE, List.of(),
                "not_understood", Optional.empty());
    }
}

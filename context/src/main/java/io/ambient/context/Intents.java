package io.ambient.context;

import java.util.List;
import java.util.Set;

/**
 * The intent names the interpreter produces: Home Assistant's built-in intents (shared/formats.md §1).
 * The project's own {@code Ambient...} intents are added here, with a line each, when they exist.
 */
public final class Intents {
    public static final String TURN_ON = "HassTurnOn";
    public static final String TURN_OFF = "HassTurnOff";
    public static final String LIGHT_SET = "HassLightSet";
    public static final String GET_STATE = "HassGetState";
    public static final String CLIMATE_GET_TEMPERATURE = "HassClimateGetTemperature";
    public static final String CLIMATE_SET_TEMPERATURE = "HassClimateSetTemperature";
    public static final String SET_POSITION = "HassSetPosition";
    public static final String MEDIA_PAUSE = "HassMediaPause";
    public static final String MEDIA_UNPAUSE = "HassMediaUnpause";
    public static final String MEDIA_NEXT = "HassMediaNext";
    public static final String MEDIA_PREVIOUS = "HassMediaPrevious";
    public static final String SET_VOLUME = "HassSetVolume";
    public static final String MEDIA_SEARCH_AND_PLAY = "HassMediaSearchAndPlay";
    public static final String START_TIMER = "HassStartTimer";
    public static final String CANCEL_TIMER = "HassCancelTimer";
    public static final String CANCEL_ALL_TIMERS = "HassCancelAllTimers";
    public static final String INCREASE_TIMER = "HassIncreaseTimer";
    public static final String DECREASE_TIMER = "HassDecreaseTimer";
    public static final String PAUSE_TIMER = "HassPauseTimer";
    public static final String UNPAUSE_TIMER = "HassUnpauseTimer";
    public static final String TIMER_STATUS = "HassTimerStatus";
    public static final String VACUUM_START = "HassVacuumStart";
    public static final String VACUUM_RETURN_TO_BASE = "HassVacuumReturnToBase";
    public static final String SHOPPING_LIST_ADD_ITEM = "HassShoppingListAddItem";
    public static final String SHOPPING_LIST_COMPLETE_ITEM = "HassShoppingListCompleteItem";
    public static final String LIST_ADD_ITEM = "HassListAddItem";
    public static final String LIST_COMPLETE_ITEM = "HassListCompleteItem";
    public static final String GET_WEATHER = "HassGetWeather";
    public static final String GET_CURRENT_TIME = "HassGetCurrentTime";
    public static final String GET_CURRENT_DATE = "HassGetCurrentDate";
    public static final String NEVERMIND = "HassNevermind";
    public static final String RESPOND = "HassRespond";
    public static final String BROADCAST = "HassBroadcast";

    // The project's own intents (shared/formats.md §1: Ambient<Verb...>).
    /** "learn my preferences": starts the guided preference questions. */
    public static final String LEARN_PREFERENCES = "AmbientLearnPreferences";
    /** "I'm a Warriors fan", an answer in the preference dialog: a preference was stored. Slots: key, value. */
    public static final String STATE_PREFERENCE = "AmbientStatePreference";
    /** "what's the score": the score of the speaker's team. Slots: team. */
    public static final String GET_SCORE = "AmbientGetScore";
    /** "no, that's wrong": the previous turn was misunderstood; the runtime offers to learn. */
    public static final String FEEDBACK_NEGATIVE = "AmbientFeedbackNegative";
    /** The answer to "what did you mean by ...?": the original words now mean the answer. Slots: phrase, meaning. */
    public static final String TEACH_MEANING = "AmbientTeachMeaning";
    /** "help me find music": the music dialog's turns. Slots when a track was taken: search_query, artist, genre. */
    public static final String FIND_MUSIC = "AmbientFindMusic";
    /** Teaching: "when I say movie time, dim the lights and close the blinds" (slots: phrase, steps). */
    public static final String AMBIENT_TEACH_PHRASE = "AmbientTeachPhrase";
    /** Teaching: "call the reading lamp Lumos" (slots: name = the device's canonical name, alias). */
    public static final String AMBIENT_TEACH_ALIAS = "AmbientTeachAlias";
    /** Teaching: "forget movie time" undoes a taught phrase or alias (slots: phrase). */
    public static final String AMBIENT_FORGET = "AmbientForget";
    /** A taught phrase of several steps, each understood and acted on (slots: phrase). */
    public static final String AMBIENT_TAUGHT_PHRASE = "AmbientTaughtPhrase";

    /** Intents that act on or ask about devices, so need targets. */
    public static final Set<String> DEVICE_INTENTS = Set.of(TURN_ON, TURN_OFF, LIGHT_SET, GET_STATE,
            CLIMATE_GET_TEMPERATURE, CLIMATE_SET_TEMPERATURE, SET_POSITION, MEDIA_PAUSE, MEDIA_UNPAUSE,
            MEDIA_NEXT, MEDIA_PREVIOUS, SET_VOLUME, MEDIA_SEARCH_AND_PLAY, VACUUM_START, VACUUM_RETURN_TO_BASE);

    /** Every intent above, for scorers and reports. */
    public static final List<String> ALL = List.of(TURN_ON, TURN_OFF, LIGHT_SET, GET_STATE,
            CLIMATE_GET_TEMPERATURE, CLIMATE_SET_TEMPERATURE, SET_POSITION, MEDIA_PAUSE, MEDIA_UNPAUSE,
            MEDIA_NEXT, MEDIA_PREVIOUS, SET_VOLUME, MEDIA_SEARCH_AND_PLAY, START_TIMER, CANCEL_TIMER,
            CANCEL_ALL_TIMERS, INCREASE_TIMER, DECREASE_TIMER, PAUSE_TIMER, UNPAUSE_TIMER, TIMER_STATUS,
            VACUUM_START, VACUUM_RETURN_TO_BASE, SHOPPING_LIST_ADD_ITEM, SHOPPING_LIST_COMPLETE_ITEM,
            LIST_ADD_ITEM, LIST_COMPLETE_ITEM, GET_WEATHER, GET_CURRENT_TIME, GET_CURRENT_DATE, NEVERMIND,
            RESPOND, BROADCAST);

    private Intents() {
    }
}

package io.ambient.context.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static io.ambient.context.Intents.*;

/**
 * The pattern table of {@link KeywordIntentScorer}. Placeholders: {@code <name:D>}, {@code <partname:D>},
 * {@code <kind:D>} (D the domain, or a device class for windows/doors), {@code <area>}, {@code <floor>},
 * {@code <number>}, {@code <percent>}, {@code <temperature>}, {@code <duration>}, {@code <color>}.
 */
final class KeywordRules {
    private static final String DEV = "<(?:name|partname|kind)(?::[a-z_]+)?>";
    private static final String LIGHT = "(?:<(?:name|partname|kind):light>|brightness)";
    private static final String COVER = "<(?:name|partname|kind):(?:cover|window)>";
    private static final String MEDIA = "(?:<(?:name|partname|kind):media_player>|music|song|track|tune|movie|film"
            + "|show|video|playback|podcast|audio|radio|sound|episode)";
    private static final String CLIMATE = "(?:<(?:name|partname|kind):climate>|temperature|thermostat|heating)";
    private static final String VACUUM = "<(?:name|partname|kind):vacuum>";
    private static final String TIMER = "timers?\\b";
    private static final String LIST = "(?:<(?:name|partname):todo>|(?:shopping|grocery|groceries) list|list)";
    private static final String SHOP = "(?:(?:shopping|grocery|groceries) list)";
    private static final String STATE = "(?:on|off|open|opened|closed|shut|locked|unlocked|running|playing|"
            + "paused|docked|cleaning|idle)";
    private static final String COLD = "(?:cold|chilly|freezing|frozen|cool)";
    private static final String HOT = "(?:hot|warm|boiling|roasting|sweltering|stuffy|sweating)";

    private KeywordRules() {
    }

    static List<KeywordIntentScorer.Rule> all() {
        List<KeywordIntentScorer.Rule> r = new ArrayList<>();
        clock(r);
        questions(r);
        timers(r);
        lists(r);
        media(r);
        climate(r);
        lightsAndCovers(r);
        onOff(r);
        vacuum(r);
        misc(r);
        return List.copyOf(r);
    }

    private static void add(List<KeywordIntentScorer.Rule> r, String intent, double weight, String regex) {
        r.add(new KeywordIntentScorer.Rule(intent, weight, Pattern.compile(placeholderBoundaries(regex))));
    }

    /**
     * A word boundary never touches '<' or '>', so "\\b" next to a placeholder is dropped (spaces
     * already separate it from words).
     */
    static String placeholderBoundaries(String regex) {
        return regex.replace("\\b<", "<").replace("\\b(?:<", "(?:<").replace("\\b(?:(?:<", "(?:(?:<")
                .replace(">\\b", ">").replace(" list)\\b", " list)(?![a-z])");
    }

    private static void clock(List<KeywordIntentScorer.Rule> r) {
        add(r, GET_CURRENT_TIME, 0.95, "\\bwhat time is it\\b|\\bwhat is the (current )?time\\b|\\b(tell|give) me the time\\b"
                + "|^(the )?(current )?time$|\\bhave (you got|got) the time\\b|\\bwhat time (it )?is\\b|\\bcurrent time\\b"
                + "|\\bhow late is it\\b");
        add(r, GET_CURRENT_DATE, 0.95, "\\b(what|which) (is )?(the |today is )?date\\b|\\bwhat day is (it|today)\\b"
                + "|\\bwhat is today\\b|\\bwhat day of the (week|month)\\b|\\b(tell|give) me the date\\b"
                + "|^(the )?date( today)?$|\\btoday is date\\b|\\bwhat is the day\\b|\\bwhich day is it\\b"
                + "|\\b(which|what) day of the (week|month) is it\\b|\\bis it (monday|tuesday|wednesday|thursday|friday"
                + "|saturday|sunday)\\b");
        add(r, GET_WEATHER, 0.95, "\\bweather\\b|\\bforecast\\b|\\b(is it|will it|going to|gonna) (be )?(rain|snow|sunny|"
                + "windy|cloudy|storm)|\\bumbrella\\b|\\b(raining|snowing) (outside|out)\\b|\\bhow (hot|cold|warm) is it (outside|out)\\b"
                + "|\\bis it (cold|warm|hot|nice|raining|sunny) (outside|out)\\b|\\bneed a (coat|jacket)\\b"
                + "|\\btemperature (outside|out)\\b|\\b(outside|outdoor) temperature\\b|\\bwhat is it like (outside|out)\\b|\\b(nice|cold|warm|sunny) (outside|out)( today)?$");
    }

    private static void questions(List<KeywordIntentScorer.Rule> r) {
        add(r, CLIMATE_GET_TEMPERATURE, 0.9, "^(what|how|tell me|give me|whats|check)\\b.*\\btemperature\\b");
        add(r, CLIMATE_GET_TEMPERATURE, 0.88, "\\bhow (warm|cold|hot|chilly) is (it|the)\\b(?!.*\\b(outside|out)$)"
                + "|\\bhow many degrees\\b|^(the )?temperature\\b|\\bis it (cold|warm|hot) in\\b|\\btemperature (in|of)\\b");
        add(r, CLIMATE_GET_TEMPERATURE, 0.9, "^(what|how) (is|hot|warm) (is )?(the )?" + DEV + "( in the <area>| <area>)?$"
                + "|\\bhow hot is (the )?" + DEV);
        add(r, GET_STATE, 0.9, "^(is|are|was|were) (the |my |our |any |all |there any )?.*\\b" + STATE + "\\b");
        add(r, GET_STATE, 0.9, "^(which|what) .*\\b(is|are) (still )?" + STATE + "\\b|^(which|what) "
                + DEV + " (is|are)\\b|^(any|anything) .*\\b" + STATE + "$");
        add(r, GET_STATE, 0.9, "^(did (i|we|you|someone|anyone)|have (i|we)|has (anyone|someone)) (leave|left|lock|<kind:lock>|close|"
                + "shut|turn|forget|forgot)(?![a-z])|^(check|tell me|let me know|see) (if|whether)\\b|\\b(state|status) of\\b"
                + "|^(is|are) .*\\bstill\\b|\\bleft (on|open|unlocked)\\b");
        add(r, GET_STATE, 0.55, "^(is|are) (the |my |any )?" + DEV);
        add(r, GET_STATE, 0.9, "^(what|how)\\b.*<kind:sensor>|^what is (the |my )?" + DEV + " doing\\b");
        add(r, TIMER_STATUS, 0.95, "\\bhow (much|long) (time )?(is |was )?(left|remaining)\\b|\\b(time|long) (is )?"
                + "(left|remaining) on\\b|\\b" + TIMER + ".*\\b(left|remaining|status)\\b|\\bhow (is|are) (my|the) "
                + TIMER + "|\\bwhen (is|will) (my|the) " + TIMER + "\\b|\\bstatus of (my |the )?" + TIMER
                + "|^(check|what is) (on )?(my |the )?" + TIMER + "$|\\bhow long (until|till)\\b|\\b(left|remaining) on (the |my )?"
                + "(\\w+ )?" + TIMER);
    }

    private static void timers(List<KeywordIntentScorer.Rule> r) {
        add(r, START_TIMER, 0.96, "\\b" + TIMER + ".*<duration>|<duration>( long)? " + TIMER
                + "|\\b(remind|wake|alert|tell) me in <duration>|\\bcount ?down (from |for )?<duration>"
                + "|^<duration>( timer)?$|\\b(time|timer) <duration>\\b|^in <duration> .+|\\bgive me <duration>$|<duration> on the clock\\b");
        add(r, START_TIMER, 0.85, "\\b(set|start|create|make|begin|run|need|want) (a |an |the |another |my )?("
                + "new |kitchen |egg |pasta |tea |cooking )?" + TIMER);
        add(r, CANCEL_TIMER, 0.97, "\\b(cancel|stop|delete|remove|end|kill|turn off|clear|abort|dismiss|forget|get rid of|"
                + "switch off|silence) (the |my |that |this )?(<duration> )?([a-z]+ )?"
                + TIMER + "|\\bforget (about )?(the |my )?" + TIMER + "|\\bno more " + TIMER
                + "|^" + TIMER + " (off|cancel)");
        add(r, CANCEL_ALL_TIMERS, 0.98, "\\b(cancel|stop|delete|remove|clear|kill|end|get rid of) (all|every|both)( of)? (the |my )?"
                + "(<duration> )?" + TIMER + "|\\b(cancel|stop|delete|clear) (the |my )?timers\\b|\\ball " + TIMER
                + " (off|cancelled)");
        add(r, INCREASE_TIMER, 0.97, "\\b(add|put) (another |an extra |extra )?<duration>( more)? (to|on|onto) (the |my |that )?"
                + "([a-z]+ )?" + TIMER + "|\\b(extend|increase|lengthen) (the |my )?" + TIMER + "|\\b" + TIMER + ".*\\b(another|extra)"
                + " <duration>|\\b(add|give me|give it) (another |an extra |extra )?<duration>( more)?$");
        add(r, DECREASE_TIMER, 0.97, "\\b(remove|take|subtract|knock|cut) (off )?<duration> (off|from) (the |my |that )?"
                + "([a-z]+ )?" + TIMER + "|\\b(decrease|reduce|shorten) (the |my )?" + TIMER + "|\\b" + TIMER
                + ".*\\b<duration> (less|shorter)|\\btake <duration> off\\b");
        add(r, PAUSE_TIMER, 0.97, "\\b(pause|hold|freeze|suspend) (the |my |that )?(<duration> )?" + TIMER
                + "|\\bput (the |my )?" + TIMER + " on hold\\b|^pause (the |my )?.*" + TIMER);
        add(r, UNPAUSE_TIMER, 0.97, "\\b(resume|unpause|un pause|continue|restart|start again|restart again|carry on with)"
                + " (the |my |that )?"
                + "(<duration> )?([a-z]+ )?" + TIMER + "|\\b" + TIMER + " (again|going)\\b|\\bstart (the |my )?" + TIMER
                + " again\\b|\\b(un|take) (the |my )?" + TIMER + " off hold");
    }

    private static void lists(List<KeywordIntentScorer.Rule> r) {
        add(r, SHOPPING_LIST_ADD_ITEM, 0.97, "\\b(add|put|write|stick|pop|include|note) .+ (to|on|onto|in) (the |my |our )?"
                + SHOP + "|\\b" + SHOP + ":? (add|put)\\b");
        add(r, SHOPPING_LIST_ADD_ITEM, 0.7, "\\bwe (need|are out of|have run out of|ran out of|are low on|are running low on)"
                + " (some |more )?\\w+|\\b(i|we) (need to|should) buy\\b|\\b(remind me|forget) to buy\\b|^buy \\w+");
        add(r, LIST_ADD_ITEM, 0.95, "\\b(add|put|write|stick|pop|note) .+ (to|on|onto|in) (the |my |our )?(?!"
                + SHOP + ")(<(?:name|partname):todo>|[a-z]+(?: [a-z]+)? list)\\b");
        add(r, SHOPPING_LIST_COMPLETE_ITEM, 0.97, "\\b(check|cross|tick|strike|mark|remove|take|delete|complete|scratch)"
                + " (off )?.+ (off|from|on|as done in) (the |my |our )?" + SHOP
                + "|\\b(i|we) (have )?(bought|got|picked up) .+\\b(for|from|on) (the |my )?" + SHOP);
        add(r, SHOPPING_LIST_COMPLETE_ITEM, 0.8, "\\bmark .+ as (done|complete|completed|bought|finished)\\b"
                + "|\\b(i|we) (have )?(bought|got|picked up) (the |some )?\\w+$");
        add(r, LIST_COMPLETE_ITEM, 0.95, "\\b(check|cross|tick|strike|mark|remove|take|delete|complete) (off )?.+ "
                + "(off|from|on) (the |my |our )?(?!" + SHOP + ")(<(?:name|partname):todo>|[a-z]+(?: [a-z]+)? list)\\b"
                + "|\\b(mark|set) .+ (as )?(done|complete|completed|finished) (on|in) (the |my |our )?(?!" + SHOP
                + ")(<(?:name|partname):todo>|[a-z]+ list)\\b");
    }

    private static void media(List<KeywordIntentScorer.Rule> r) {
        String notTimer = "(?!.*\\b(timer|timers|vacuum)\\b)";
        add(r, MEDIA_PAUSE, 0.95, "^" + notTimer + ".*\\b(pause|stop|halt|freeze|hold)\\b.*" + MEDIA);
        add(r, MEDIA_PAUSE, 0.85, "^" + notTimer + "(.* )?(pause|hold)( (it|this|that|everything|playback|please))?$"
                + "|^(pause|stop) (it|this|that|playing|the music)$|\\bshut up\\b|\\bstop playing\\b|\\bbe quiet\\b"
                + "|^hold on$|^(pause|stop) (the |that )?<(?:name|partname|kind):media_player>");
        add(r, MEDIA_PAUSE, 0.85, "^" + notTimer + ".*\\bpause\\b");
        add(r, MEDIA_PAUSE, 0.6, "^stop$");
        add(r, MEDIA_UNPAUSE, 0.95, "^" + notTimer + ".*\\b(resume|unpause|un pause|continue playing|keep playing|carry on"
                + "|start playing again|play again|continue the music|continue)\\b|\\bstart (the )?(music|playback|it|" + MEDIA
                + ") again\\b");
        add(r, MEDIA_UNPAUSE, 0.85, "^(play|start)( it| the music| playback| playing)?( again)?$|^(resume|continue)\\b"
                + notTimer + "|\\bback on\\b.*\\b(music|show|movie)");
        add(r, MEDIA_NEXT, 0.93, "^" + notTimer + ".*\\b(next|skip|skip ahead|forward)\\b(?! (week|day|month|year|weekend))");
        add(r, MEDIA_PREVIOUS, 0.94, "\\b(previous|go back|last (song|track|one|episode)|back (a|one) (song|track)"
                + "|play that( one)? again|replay|restart (the |this )?(song|track)|one back|song before)\\b");
        add(r, SET_VOLUME, 0.94, "\\bvolume\\b|\\b(louder|quieter|softer|too loud|too quiet|can not hear)\\b"
                + "|\\bturn (it|this|that|the sound|the music|the " + MEDIA + "|" + MEDIA + ") (up|down)\\b"
                + "|\\bturn (up|down) (the )?(sound|music|" + MEDIA + ")\\b|\\bmute\\b|\\bcrank (it|the music) up\\b");
        add(r, SET_VOLUME, 0.7, "^turn (it )?(up|down)$|\\b(up|down) a (bit|notch|little)$");
        add(r, MEDIA_SEARCH_AND_PLAY, 0.92, "^(play|stream|shuffle|start playing|queue|put on)\\b(?! (again|next|previous"
                + "|the next|the previous|it|on|with|in|at|outside|around|games?)\\b).+|\\b(i want|i would like|i wanna|let us|let me|can we|could we)"
                + " (to )?(listen to|watch|hear)\\b.+|^(listen to|watch) .+|\\b(i )?fancy (some |a |listening to |watching )?\\w+");
        add(r, MEDIA_SEARCH_AND_PLAY, 0.93, "^(put on|throw on|stick on) (some|a|an|the)? ?(music|song|songs|album|playlist"
                + "|podcast|movie|film|show|radio|episode|jazz|rock|pop|classical)\\b|^(put|stick|throw) (some|a bit of|a little)"
                + " \\w+( \\w+)? on$");
    }

    private static void climate(List<KeywordIntentScorer.Rule> r) {
        add(r, CLIMATE_SET_TEMPERATURE, 0.95, "\\b(set|make|turn|change|put|bring|raise|lower|heat|warm|cool|adjust|"
                + "increase|decrease|drop|preheat|nudge)\\b.*<temperature>|^<temperature>( please)?$|\\bto <temperature>$");
        add(r, CLIMATE_SET_TEMPERATURE, 0.92, "\\b(set|make|turn|change|put|bring|adjust|nudge|preheat)\\b.*" + CLIMATE
                + ".*\\b(to|at) <number>\\b|\\b" + CLIMATE + " (to|at) <number>$");
        add(r, CLIMATE_SET_TEMPERATURE, 0.88, "\\b(i am|i feel|feeling|we are|it is|getting|it is getting|it feels)"
                + " ((so|a bit|too|really|very|quite|bit|little|a little|kind of|rather|pretty) )*(" + COLD + "|" + HOT
                + ")\\b(?! (outside|out))|\\b(turn|crank) (up|down) (the )?" + CLIMATE + "|\\b(turn|crank|put) (the |my )?" + CLIMATE
                + " (up|down)\\b"
                + "|\\b(warm|heat|cool) (it |things |the (house|room|place) |the <area> |<area> )?(up|down)\\b"
                + "|\\b(warmer|cooler|colder|hotter)( in here)?$|\\b(too|so) (cold|hot|warm|chilly) in here\\b");
    }

    private static void lightsAndCovers(List<KeywordIntentScorer.Rule> r) {
        // "put the oven on 220", "set the lamp to 40": a bare number; the target's capabilities decide
        String setTo = "\\b(set|put|turn|make|bring|preheat|change|nudge)\\b.*" + DEV + ".*\\b(to|on|at) <number>$";
        add(r, CLIMATE_SET_TEMPERATURE, 0.8, setTo);
        add(r, LIGHT_SET, 0.79, setTo);
        add(r, SET_POSITION, 0.78, setTo);
        add(r, SET_VOLUME, 0.77, setTo);
        add(r, LIGHT_SET, 0.94, "\\b" + LIGHT + ".*<percent>|<percent>.*\\b" + LIGHT + "|\\bbrightness\\b");
        add(r, LIGHT_SET, 0.94, "\\b(make|turn|set|change|put|switch|go)\\b.*<color>|" + LIGHT + ".*<color>");
        add(r, LIGHT_SET, 0.9, "\\b(dim|brighten|dimmer|brighter|darker|lighter)\\b(?!.*\\b(screen|tv)\\b)");
        add(r, LIGHT_SET, 0.8, "\\b(set|turn|make|put|bring|change)\\b.*" + LIGHT + ".*\\b(to|at) <number>\\b");
        add(r, SET_POSITION, 0.95, COVER + ".*(<percent>|\\bhalf\\b|\\bhalfway\\b|\\bposition\\b|\\bpart(ly|ially)?\\b)"
                + "|(<percent>|\\bhalf\\b|\\bhalfway\\b).*" + COVER);
        add(r, SET_POSITION, 0.9, "\\b(set|open|close|raise|lower|put|move|bring)\\b.*" + COVER + ".*\\b(to|at) <number>\\b"
                + "|^(open|close|raise|lower) (it|them) (to )?(<percent>|halfway)");
    }

    private static void onOff(List<KeywordIntentScorer.Rule> r) {
        add(r, TURN_ON, 0.9, "\\bget .+ going\\b|^on with\\b");
        add(r, TURN_ON, 0.86, "\\b(turn|switch|power|flip|flick|put|pop|stick|get) (the |my )?" + DEV
                + "( <area>| in the <area>)? on\\b(?! <number>)");
        add(r, TURN_ON, 0.86, "\\b(turn|switch|power|flip|put|click|flick) on\\b|\\b(turn|switch|power|flip|flick|put) .+ on$"
                + "|\\b(turn|switch|power) .+ on (in|in the|for) ");
        add(r, TURN_ON, 0.84, "^(open|opening|raise|lift|roll up|pull up|draw back|pull back)\\b|\\b(open|raise) (the |my |all )"
                + "|^(<kind:lock>|secure)\\b|<kind:lock> (the |up|my |all )|<kind:lock> <name|\\b(enable|activate|start|fire up|boot up"
                + "|light up)\\b|^" + DEV + "( in the <area>| <area>)? on$|^<area> " + DEV + " on$|\\bon <name");
        add(r, TURN_ON, 0.83, "\\btoo dark\\b|\\b(can not|cannot|can t|can barely|can hardly|could not) see\\b|\\bdark in here\\b|\\b(need|want) "
                + "(some |more )?light\\b|\\blet there be light\\b|\\bmore light\\b|\\bso dark\\b");
        add(r, TURN_OFF, 0.86, "\\b(turn|switch|power|shut|flip|click|flick) off\\b|\\b(turn|switch|power|shut|flip|flick) .+ off$"
                + "|\\b(turn|switch|power|shut) .+ off (in|in the) ");
        add(r, TURN_OFF, 0.84, "^(close|closing|shut|lower|roll down|pull down|draw)\\b(?! up)|\\b(close|shut|closing) (the |my |all )"
                + "|^unlock\\b|\\bunlock (the |my )|\\bkill (the |all )?|(^| )(lights?|<kind:light>) out\\b"
                + "|\\b(disable|deactivate)\\b|^" + DEV + "( in the <area>| <area>)? off$|^<area> " + DEV + " off$"
                + "|^(no more|enough) " + LIGHT);
        add(r, TURN_OFF, 0.83, "\\btoo bright\\b|\\bso bright\\b|\\b(hurts|hurting) my eyes\\b");
    }

    private static void vacuum(List<KeywordIntentScorer.Rule> r) {
        add(r, VACUUM_START, 0.96, "\\b(start|run|turn on|begin|switch on|activate|launch|send out|set off|use|get)\\b.*"
                + VACUUM + "(?!.*\\b(home|base|dock|back|charger|charging)\\b)|^" + VACUUM + " (the )?(<area>|<floor>|house"
                + "|floor|floors|rug|carpet|everywhere|downstairs|upstairs|place)|\\bclean (the )?(<area>|house|floor"
                + "|floors|<floor>|rug|carpet|up)\\b|\\b(start|begin|go) (the )?cleaning\\b|^" + VACUUM + "( now)?$|\\b" + VACUUM + ".*\\b(clean|start)|" + VACUUM + " do the (floors?|house|"
                + "carpets?|rugs?|<area>)");
        add(r, VACUUM_RETURN_TO_BASE, 0.97, "(\\b(send|return|go|come|bring|take|drive)\\b.*\\b(home|base|dock|charger|"
                + "charging)\\b|\\bdock\\b|\\bback to (the )?(base|dock|charger|station)\\b|\\b(stop|pause|recall)\\b.*"
                + VACUUM + "|" + VACUUM + " (home|back)$)");
    }

    private static void misc(List<KeywordIntentScorer.Rule> r) {
        add(r, NEVERMIND, 0.95, "^(never ?mind|nevermind|forget (it|that|about it)|cancel( that| it)?|nothing|abort"
                + "|no thank you|no thanks|that is all|do not worry( about it)?|ignore (that|me)|scratch that"
                + "|oops|my mistake|wrong( one)?|not you|i was not talking to you|go away|stop listening)$");
        add(r, NEVERMIND, 0.93, "\\b(never ?mind|nevermind|forget (it|that))\\b|^nothing$|\\bwrong thing\\b");
        add(r, NEVERMIND, 0.55, "^stop$");
        add(r, BROADCAST, 0.96, "^(broadcast|announce|shout|call out)\\b.+|^tell (everyone|everybody|the (house|family|"
                + "kids|whole house))\\b.+|^(let everyone know|send a message to everyone|announce to)\\b.+");
    }
}

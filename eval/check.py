#!/usr/bin/env python3
"""Checks the evaluation sets (eval/cases/*.jsonl against eval/homes/*.json) and prints coverage.

Usage: python3 eval/check.py [eval-dir]     (exit status 1 when a problem is found)
"""
import collections, datetime, glob, json, os, sys

INTENTS = """HassTurnOn HassTurnOff HassLightSet HassGetState HassClimateGetTemperature HassClimateSetTemperature
HassSetPosition HassMediaPause HassMediaUnpause HassMediaNext HassMediaPrevious HassSetVolume HassMediaSearchAndPlay
HassStartTimer HassCancelTimer HassCancelAllTimers HassIncreaseTimer HassDecreaseTimer HassPauseTimer HassUnpauseTimer
HassTimerStatus HassVacuumStart HassVacuumReturnToBase HassShoppingListAddItem HassShoppingListCompleteItem
HassListAddItem HassListCompleteItem HassGetWeather HassGetCurrentTime HassGetCurrentDate HassNevermind HassBroadcast""".split()
OPTIONAL_INTENTS = {"HassRespond"}
SLOTS = {"name", "area", "floor", "domain", "device_class", "brightness", "color", "state", "temperature", "position",
         "volume_level", "search_query", "media_class", "hours", "minutes", "seconds", "start_hours", "start_minutes",
         "conversation_command", "item", "message"}
PERCENT = {"brightness", "position", "volume_level"}
INTS = PERCENT | {"hours", "minutes", "seconds", "start_hours", "start_minutes"}
DOMAINS = {"light", "switch", "cover", "climate", "media_player", "sensor", "binary_sensor", "lock", "fan", "vacuum",
           "valve", "todo", "weather"}
STATES = {"on", "off", "open", "closed", "locked", "unlocked"}
NO_TARGET_CHECK = {"HassListAddItem", "HassListCompleteItem"}
RULES = ["ctx-a", "ctx-b", "ctx-c", "ctx-d", "ctx-e", "ctx-f"]


def main(root):
    problems = []
    homes = {}
    for p in sorted(glob.glob(os.path.join(root, "homes", "*.json"))):
        with open(p) as fh:
            homes[os.path.basename(p)[:-5]] = json.load(fh)
    for hn, h in homes.items():
        area_ids = {a["id"] for a in h["areas"]}
        for e in h["entities"]:
            if e.get("area") is not None and e["area"] not in area_ids:
                problems.append(f"home {hn}: entity {e['id']} in unknown area {e['area']}")
    ids = set()
    per_file = collections.Counter()
    per_intent = collections.Counter()
    per_rule = collections.Counter()
    per_home = collections.Counter()
    outcomes = collections.Counter()
    with_targets = with_history = with_states = 0
    for path in sorted(glob.glob(os.path.join(root, "cases", "*.jsonl"))):
        fname = os.path.basename(path)
        with open(path) as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{fname}:{ln}"
                if not line.strip():
                    problems.append(f"{where}: empty line"); continue
                try:
                    c = json.loads(line)
                except ValueError as ex:
                    problems.append(f"{where}: not JSON: {ex}"); continue
                bad = lambda msg: problems.append(f"{where} {c.get('id')}: {msg}")
                for k in ("id", "text", "intent", "slots", "context", "home"):
                    if k not in c:
                        bad(f"missing {k}")
                if c.get("id") in ids:
                    bad("duplicate id")
                ids.add(c.get("id"))
                per_file[fname] += 1
                h = homes.get(c.get("home"))
                if h is None:
                    bad(f"unknown home {c.get('home')}"); continue
                per_home[c["home"]] += 1
                ents = {e["id"]: e for e in h["entities"]}
                areas = {a["id"]: a for a in h["areas"]}
                area_names = {a["name"]: a["id"] for a in h["areas"]}
                floor_names = {f["name"]: f["id"] for f in h["floors"]}
                sites = {s["id"]: s["area"] for s in h["sites"]}
                intent = c.get("intent")
                outcome = c.get("outcome", "executed" if intent else None)
                outcomes[outcome] += 1
                if intent is None:
                    if outcome not in ("clarify", "not_understood"):
                        bad("null intent needs outcome clarify or not_understood")
                    per_intent["(null)"] += 1
                else:
                    if intent not in INTENTS and intent not in OPTIONAL_INTENTS and not intent.startswith("Ambient"):
                        bad(f"unknown intent {intent}")
                    if outcome != "executed":
                        bad("an intent with a non-executed outcome")
                    per_intent[intent] += 1
                prefix = c["id"].split("/")[0]
                if prefix in RULES:
                    per_rule[prefix] += 1
                ctx = c["context"]
                for k in ("area", "site", "user", "time"):
                    if k not in ctx:
                        bad(f"context.{k} missing")
                if ctx.get("area") not in area_names:
                    bad(f"context.area {ctx.get('area')} is not an area name")
                if ctx.get("site") not in sites:
                    bad(f"unknown site {ctx.get('site')}")
                elif area_names.get(ctx.get("area")) != sites[ctx["site"]]:
                    bad(f"site {ctx['site']} is not in {ctx.get('area')}")
                try:
                    datetime.datetime.fromisoformat(ctx.get("time", ""))
                except ValueError:
                    bad(f"bad time {ctx.get('time')}")
                states = ctx.get("states", {})
                if states: with_states += 1
                for eid, s in states.items():
                    if eid not in ents:
                        bad(f"state for unknown entity {eid}")
                    if isinstance(s, dict) and "state" not in s:
                        bad(f"state object for {eid} has no state")
                if "history" in ctx:
                    with_history += 1
                    for t in ctx["history"]:
                        if not isinstance(t, dict) or not t.get("text"):
                            bad("history entries are objects with text")
                slots = c.get("slots", {})
                for k, v in slots.items():
                    vals = v if isinstance(v, list) else [v]
                    if k not in SLOTS:
                        bad(f"unknown slot {k}")
                    for x in vals:
                        if k == "name" and intent not in ("HassStartTimer", "HassCancelTimer", "HassIncreaseTimer",
                                                          "HassDecreaseTimer", "HassPauseTimer", "HassUnpauseTimer",
                                                          "HassTimerStatus") \
                                and x not in {e["name"] for e in ents.values()}:
                            bad(f"name {x} is not an entity name in {c['home']}")
                        if k == "area" and x not in area_names:
                            bad(f"area {x} is not an area name")
                        if k == "floor" and x not in floor_names:
                            bad(f"floor {x} is not a floor name")
                        if k == "domain" and x not in DOMAINS:
                            bad(f"domain {x}")
                        if k == "state" and x not in STATES:
                            bad(f"state {x}")
                        if k in INTS and not (isinstance(x, int) and not isinstance(x, bool)):
                            bad(f"{k} must be an integer")
                        if k in PERCENT and not 0 <= x <= 100:
                            bad(f"{k} out of 0-100")
                        if k == "temperature" and not isinstance(x, (int, float)):
                            bad("temperature must be a number")
                        if k in ("item", "color") and x != x.lower():
                            bad(f"{k} must be lowercase")
                        if k == "media_class" and x not in ("music", "video"):
                            bad(f"media_class {x}")
                targets = c.get("targets")
                if targets is not None:
                    with_targets += 1
                    for t in targets:
                        e = ents.get(t)
                        if e is None:
                            bad(f"unknown target {t}"); continue
                        if intent in NO_TARGET_CHECK:
                            continue
                        s = slots
                        if isinstance(s.get("name"), str) and e["name"] != s["name"]:
                            bad(f"target {t} is not named {s['name']}")
                        if isinstance(s.get("domain"), str) and e["domain"] != s["domain"]:
                            bad(f"target {t} is not a {s['domain']}")
                        if isinstance(s.get("device_class"), str) and e.get("attributes", {}).get("device_class") != s["device_class"]:
                            bad(f"target {t} is not device_class {s['device_class']}")
                        if isinstance(s.get("area"), str) and e.get("area") != area_names.get(s["area"]):
                            bad(f"target {t} is not in {s['area']}")
                        if isinstance(s.get("floor"), str) and areas.get(e.get("area"), {}).get("floor") != floor_names.get(s["floor"]):
                            bad(f"target {t} is not on {s['floor']}")
                        if intent == "HassLightSet" and "color" in s and "rgb" not in e.get("attributes", {}).get("supported_color_modes", []):
                            bad(f"target {t} cannot show colours")
    missing = [i for i in INTENTS if per_intent[i] < 4]
    for i in missing:
        problems.append(f"intent {i} has {per_intent[i]} cases (< 4)")
    for r in RULES:
        if per_rule[r] < 12:
            problems.append(f"rule {r} has {per_rule[r]} cases (< 12)")
    total = sum(per_file.values())
    print(f"{total} cases, {len(homes)} homes; targets given in {with_targets}, states in {with_states}, history in {with_history}")
    print("\nper file:")
    for k, v in per_file.items(): print(f"  {k:28} {v:4}")
    print("\nper home:")
    for k, v in per_home.items(): print(f"  {k:28} {v:4}")
    print("\nper context rule (id prefix):")
    for r in RULES: print(f"  {r:28} {per_rule[r]:4}")
    print("\noutcomes:")
    for k, v in outcomes.items(): print(f"  {k:28} {v:4}")
    print("\nper intent:")
    for i in INTENTS + ["(null)"]: print(f"  {i:30} {per_intent[i]:4}")
    extra = sorted(set(per_intent) - set(INTENTS) - {"(null)"})
    for i in extra: print(f"  {i:30} {per_intent[i]:4}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems: print("  " + p)
        return 1
    print("\nno problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))

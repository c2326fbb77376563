package io.ambient.context.nlu;

import java.util.List;

/**
 * Something recognised in the words, covering tokens {@code [start, end)} of the normalised text.
 * Spans never overlap once {@link Analysis} has chosen them.
 */
public sealed interface Span {
    int start();

    int end();

    /** The placeholder this span becomes in the masked text that intent scorers read. */
    String placeholder();

    default int length() {
        return end() - start();
    }

    /**
     * Devices named by the words. {@code full} when a whole name or alias was said; otherwise a part of
     * a name ("the lamp") that may fit several devices.
     */
    record Entities(int start, int end, List<String> entityIds, boolean full, String domain) implements Span {
        public Entities {
            entityIds = List.copyOf(entityIds);
        }

        /** {@code <name:light>}: the domain stays visible so "dim <name:light>" reads as a light request. */
        public String placeholder() {
            return (full ? "<name" : "<partname") + (domain == null ? ">" : ":" + domain + ">");
        }
    }

    record AreaName(int start, int end, String areaId) implements Span {
        public String placeholder() {
            return "<area>";
        }
    }

    record FloorName(int start, int end, String floorId) implements Span {
        public String placeholder() {
            return "<floor>";
        }
    }

    /** A word for a kind of device ("lights", "the telly", "blinds"). */
    record Kind(int start, int end, DeviceKind kind, String words) implements Span {
        public String placeholder() {
            return "<kind:" + (kind.domain() == null ? kind.deviceClass() : kind.domain()) + ">";
        }
    }

    record Number(int start, int end, double value) implements Span {
        public String placeholder() {
            return "<number>";
        }
    }

    record Percent(int start, int end, int value) implements Span {
        public String placeholder() {
            return "<percent>";
        }
    }

    /** A temperature in °C (Fahrenheit is converted). */
    record Temperature(int start, int end, double celsius) implements Span {
        public String placeholder() {
            return "<temperature>";
        }
    }

    /** A duration in the units it was said in ("an hour and a half" = 1 h 30 min). */
    record Duration(int start, int end, int hours, int minutes, int seconds) implements Span {
        public String placeholder() {
            return "<duration>";
        }

        public long totalSeconds() {
            return hours * 3600L + minutes * 60L + seconds;
        }
    }

    record Color(int start, int end, Colors.Colour colour) implements Span {
        public String placeholder() {
            return "<color>";
        }
    }
}

package io.ambient.devices.gateway;

import io.ambient.devices.DeviceCommand;

/** The end of "<device> cannot ..." for each command, for failure messages people read. */
final class Verbs {
    private Verbs() {
    }

    static String of(DeviceCommand c) {
        String name = c.getClass().getSimpleName();
        return switch (name) {
            case "TurnOn" -> "be turned on";
            case "TurnOff" -> "be turned off";
            case "SetBrightness" -> "be dimmed";
            case "SetColor" -> "change colour";
            case "SetPosition" -> "be set to a position";
            case "Open" -> "open";
            case "Close" -> "close";
            case "SetTargetTemperature" -> "take a target temperature";
            case "MediaPlay" -> "play";
            case "MediaPause" -> "pause";
            case "MediaNext" -> "skip to the next track";
            case "MediaPrevious" -> "go back to the previous track";
            case "SetVolume" -> "change its volume";
            case "PlayMedia" -> "play media";
            case "Lock" -> "lock";
            case "Unlock" -> "unlock";
            case "VacuumStart" -> "start cleaning";
            case "VacuumReturnToBase" -> "return to its base";
            default -> "do that";
        };
    }
}

package io.ambient.context.eval;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;
import io.ambient.devices.home.HomeFileException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The home each case runs in: one home file for every case, or a directory where the case's
 * {@code home} field picks {@code <home>.json}. Each file is read once.
 */
final class Homes {
    private final Path homeOrDir;
    private final boolean directory;
    private final Instant at;
    private final Map<String, HomeSnapshot> loaded = new HashMap<>();

    Homes(Path homeOrDir, Instant at) {
        if (!Files.exists(homeOrDir)) {
            throw new EvalException("no home file or directory at " + homeOrDir);
        }
        this.homeOrDir = homeOrDir;
        this.directory = Files.isDirectory(homeOrDir);
        this.at = at;
    }

    HomeSnapshot of(EvalCase c) {
        Path file;
        if (directory) {
            if (c.home() == null) {
                throw new EvalException(c.source() + ": case " + c.id() + " names no \"home\", and --home "
                        + homeOrDir + " is a directory; give the case a home or pass one home file");
            }
            file = homeOrDir.resolve(c.home() + ".json");
            if (!Files.isRegularFile(file)) {
                throw new EvalException(c.source() + ": case " + c.id() + " names home '" + c.home()
                        + "' but there is no " + file);
            }
        } else {
            file = homeOrDir;
        }
        return loaded.computeIfAbsent(file.toString(), k -> read(file));
    }

    private HomeSnapshot read(Path file) {
        try {
            return HomeFile.read(file, at);
        } catch (HomeFileException e) {
            throw new EvalException(e.getMessage(), e);
        }
    }
}

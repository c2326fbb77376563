package io.ambient.runtime.speecheval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which MBROLA voices can speak, judged from files laid out as espeak-ng and Debian's packages lay them out. */
class VoicesTest {
    @TempDir
    Path dir;

    private static final String LIST = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
             3  en-uk           --/M      english-mb-en1     mb/mb-en1            (en-gb 3)(en 2)
             5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)
             9  en              --/F      en-german-1        mb/mb-de1-en
             5  en-029          --/M      English_(Caribbean) gmw/en-029           (en 10)
            """;

    @Test
    void mbrolaVoices_espeakList_takesOnlyTheMbVoices() {
        assertEquals(List.of("mb-en1", "mb-us1", "mb-de1-en"), Voices.mbrolaVoices(LIST));
    }

    @Test
    void missing_nothingInstalled_namesProgramAndDatabaseWithTheirPackages() throws Exception {
        Voices voices = new Voices(espeakData(), dir.resolve("mbrola"), List.of(dir.resolve("bin")));
        String why = voices.missing("mb-de1-en+f3").orElseThrow();
        assertTrue(why.contains("mbrola program (Debian package mbrola"), why);
        // the voice file says which database it speaks with: de1
        assertTrue(why.contains("MBROLA database de1 (Debian package mbrola-de1"), why);
        assertTrue(why.contains(dir.resolve("mbrola/de1/de1").toString()), why);
    }

    @Test
    void missing_programAndDatabaseInstalled_isEmpty() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("mbrola"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(bin.resolve("mbrola"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("mbrola/us1"));
        Files.writeString(dir.resolve("mbrola/us1/us1"), "diphones");
        Voices voices = new Voices(espeakData(), dir.resolve("mbrola"), List.of(bin));
        assertEquals(Optional.empty(), voices.missing("mb-us1"));
        assertTrue(voices.missing("mb-de1-en").orElseThrow().contains("database de1"));
        assertTrue(voices.missing("mb-de1-en").orElseThrow().indexOf("program") < 0);
    }

    @Test
    void missing_espeakVoice_isEmpty() {
        Voices voices = new Voices(dir, dir.resolve("mbrola"), List.of());
        assertEquals(Optional.empty(), voices.missing("en-gb-x-gbcwmd+f3"));
    }

    private Path espeakData() throws Exception {
        Path mb = Files.createDirectories(dir.resolve("espeak-ng-data/voices/mb"));
        Files.writeString(mb.resolve("mb-de1-en"), "name en-german-1\nlanguage en 9\n\nmbrola de1 de2_phtrans\n");
        Files.writeString(mb.resolve("mb-us1"), "name us-mbrola-1\nmbrola us1 us_phtrans\n");
        return dir.resolve("espeak-ng-data");
    }
}

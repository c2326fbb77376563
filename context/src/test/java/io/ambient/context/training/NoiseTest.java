package io.ambient.context.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NoiseTest {
    @Test
    void gerund_formsTheIngOfTheLeadingVerb() {
        assertEquals("closing the blinds", Noise.gerund("close the blinds"));
        assertEquals("turning off the lights", Noise.gerund("turn off the lights"));
        assertEquals("putting the kettle on", Noise.gerund("put the kettle on"));
        assertEquals("opening the curtains", Noise.gerund("open the curtains"));
        assertEquals("dimming the lights", Noise.gerund("dim the lights"));
        assertEquals("heating the oven", Noise.gerund("heat the oven"));
        assertEquals("playing jazz", Noise.gerund("play jazz"));
    }

    @Test
    void gerund_nullWhenTheTextDoesNotStartWithAVerb() {
        assertNull(Noise.gerund("lights off"));
        assertNull(Noise.gerund("it's too dark in here"));
    }
}

package io.ambient.context.training;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {
    private static final Template.Slots AREA_ONLY = (slot, r) -> slot.equals("area") ? Optional.of("snug") : Optional.empty();

    private static Set<String> renderings(String template, int times) {
        Template t = Template.parse(template);
        SplittableRandom random = new SplittableRandom(1);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < times; i++) {
            t.render(random, AREA_ONLY).ifPresent(p -> out.add(SlotValues.join(p)));
        }
        return out;
    }

    @Test
    void render_choicesAndOptionals_coverEveryVariant() {
        assertEquals(Set.of("turn on the lights", "switch on the lights", "turn on lights", "switch on lights"),
                renderings("(turn|switch) on [the ]lights", 200));
    }

    @Test
    void render_nestedGroupsAndSlots() {
        assertEquals(Set.of("lights in the snug", "lamp in the snug", "lights", "lamp"),
                renderings("(lights|lamp)[ in the {area}]", 200));
    }

    @Test
    void render_slotThatCannotBeFilled_isEmpty() {
        assertTrue(Template.parse("start the {name:vacuum}").render(new SplittableRandom(1), AREA_ONLY).isEmpty());
    }

    @Test
    void render_marksFillersAsNotLiteral() {
        List<Template.Piece> p = Template.parse("lights in the {area}").render(new SplittableRandom(1), AREA_ONLY).orElseThrow();
        assertEquals(List.of(new Template.Piece("lights in the ", true), new Template.Piece("snug", false)), p);
    }

    @Test
    void parse_unbalanced_throwsNamingTheTemplate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Template.parse("(turn on the lights"));
        assertTrue(e.getMessage().contains("turn on the lights"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("turn on) the lights"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("a|b"));
    }
}

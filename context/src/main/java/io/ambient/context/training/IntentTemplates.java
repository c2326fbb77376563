package io.ambient.context.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The templates of one label, read from {@code training/intents/<label>.txt}. Besides template lines
 * the file may hold directives:
 * <ul>
 *   <li>{@code @style command|question|statement}: which politeness prefixes and suffixes fit
 *       ({@code training/paraphrase/<style>-prefixes.txt}); default {@code command}. A comma list
 *       ({@code command,question}) draws a style per sentence, for labels that mix both;</li>
 *   <li>{@code @target N}: how many distinct masked sentences to aim for (default 500);</li>
 *   <li>{@code @prefix T} / {@code @suffix T}: extra paraphrases for this label only, such as trailing
 *       reasons (", I'm off to bed") that fit it and no other.</li>
 * </ul>
 *
 * @param label     the intent name, or the out-of-domain label
 * @param styles    the paraphrase styles, one drawn per sentence
 * @param target    distinct masked sentences wanted
 * @param templates the sentence templates
 * @param prefixes  label-specific prefixes
 * @param suffixes  label-specific suffixes
 */
record IntentTemplates(String label, List<String> styles, int target, List<Template> templates,
                       List<Template> prefixes, List<Template> suffixes) {
    static final int DEFAULT_TARGET = 500;

    IntentTemplates {
        styles = List.copyOf(styles);
        templates = List.copyOf(templates);
        prefixes = List.copyOf(prefixes);
        suffixes = List.copyOf(suffixes);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no templates for " + label);
        }
    }

    static IntentTemplates parse(String label, List<String> lines, Macros macros) {
        List<String> styles = List.of("command");
        int target = DEFAULT_TARGET;
        List<Template> templates = new ArrayList<>();
        List<Template> prefixes = new ArrayList<>();
        List<Template> suffixes = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("@style ")) {
                styles = List.of(line.substring(7).strip().split("\\s*,\\s*"));
            } else if (line.startsWith("@target ")) {
                target = Integer.parseInt(line.substring(8).strip());
            } else if (line.startsWith("@prefix ")) {
                prefixes.add(Template.parse(macros.expand(line.substring(8).strip())));
            } else if (line.startsWith("@suffix ")) {
                suffixes.add(Template.parse(macros.expand(line.substring(8))));
            } else if (line.startsWith("@")) {
                throw new IllegalArgumentException(label + ": unknown directive " + line);
            } else {
                templates.add(Template.parse(macros.expand(line)));
            }
        }
        return new IntentTemplates(label, styles, target, templates, prefixes, suffixes);
    }
}

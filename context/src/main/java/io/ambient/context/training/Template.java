package io.ambient.context.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One parsed sentence template. Syntax (one template per line of an intent file):
 * <ul>
 *   <li>{@code (a|b|c)}: one of the alternatives, equally likely;</li>
 *   <li>{@code [a|b]}: optional: nothing half of the time, otherwise one of the alternatives;</li>
 *   <li>{@code {slot}}: a filler ({@code {area}}, {@code {name:light}}, {@code {duration}}, ...), see
 *       {@link HomeFillers};</li>
 *   <li>anything else is literal text. Groups nest. {@code $MACROS} are expanded before parsing.</li>
 * </ul>
 * Rendering keeps fillers apart from literal text ({@link Piece}) so that noise is only ever added to
 * the template's own words: a typo inside a device name would teach the model nothing about patterns.
 */
final class Template {

    /** A rendered stretch of text; {@code literal} false for slot fillers. */
    record Piece(String text, boolean literal) {
    }

    /** Supplies slot values; empty when this home cannot fill the slot (no fan, no todo list, ...). */
    interface Slots {
        Optional<String> fill(String slot, SplittableRandom random);
    }

    private sealed interface Node permits Text, Slot, Choice, Seq {
    }

    private record Text(String text) implements Node {
    }

    private record Slot(String name) implements Node {
    }

    private record Choice(List<Node> options, boolean optional) implements Node {
    }

    private record Seq(List<Node> items) implements Node {
    }

    private final String source;
    private final Node root;

    private Template(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    static Template parse(String source) {
        Parser p = new Parser(source);
        Node root = p.alternatives(-1);
        if (p.pos != source.length()) {
            throw p.error("unexpected '" + source.charAt(p.pos) + "'");
        }
        return new Template(source, root);
    }

    String source() {
        return source;
    }

    /** The pieces of one rendering, or empty when a slot cannot be filled from {@code slots}. */
    Optional<List<Piece>> render(SplittableRandom random, Slots slots) {
        List<Piece> out = new ArrayList<>();
        return render(root, random, slots, out) ? Optional.of(out) : Optional.empty();
    }

    private static boolean render(Node node, SplittableRandom random, Slots slots, List<Piece> out) {
        if (node instanceof Text t) {
            out.add(new Piece(t.text(), true));
            return true;
        }
        if (node instanceof Slot s) {
            Optional<String> v = slots.fill(s.name(), random);
            v.ifPresent(text -> out.add(new Piece(text, false)));
            return v.isPresent();
        }
        if (node instanceof Choice c) {
            if (c.optional() && random.nextBoolean()) {
                return true;
            }
            return render(c.options().get(random.nextInt(c.options().size())), random, slots, out);
        }
        for (Node n : ((Seq) node).items()) {
            if (!render(n, random, slots, out)) {
                return false;
            }
        }
        return true;
    }

    /** Recursive descent over the template text; {@code close} is the bracket that ends the group. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Node alternatives(int close) {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (pos < s.length() && s.charAt(pos) == '|') {
                if (close < 0) {
                    throw error("'|' outside a group");
                }
                pos++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Choice(options, false);
        }

        Node sequence() {
            List<Node> items = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (pos < s.length() && "|)]".indexOf(s.charAt(pos)) < 0) {
                char c = s.charAt(pos);
                if ("([{".indexOf(c) >= 0) {
                    flush(text, items);
                    items.add(group(c));
                } else {
                    text.append(c);
                    pos++;
                }
            }
            flush(text, items);
            return items.size() == 1 ? items.get(0) : new Seq(items);
        }

        private Node group(char open) {
            pos++;
            if (open == '{') {
                int end = s.indexOf('}', pos);
                if (end < 0) {
                    throw error("unclosed '{'");
                }
                String name = s.substring(pos, end).strip();
                pos = end + 1;
                return new Slot(name);
            }
            char close = open == '(' ? ')' : ']';
            Node inner = alternatives(close);
            if (pos >= s.length() || s.charAt(pos) != close) {
                throw error("expected '" + close + "'");
            }
            pos++;
            List<Node> options = inner instanceof Choice c ? c.options() : List.of(inner);
            return new Choice(options, open == '[');
        }

        private static void flush(StringBuilder text, List<Node> items) {
            if (text.length() > 0) {
                items.add(new Text(text.toString()));
                text.setLength(0);
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("template \"" + s + "\" at " + pos + ": " + what);
        }
    }
}

package kz.citizensec.qorgan.interview.terminal;

import java.util.List;
import java.util.TreeSet;
import kz.citizensec.qorgan.interview.terminal.Line.Tone;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * Options chosen with the arrow keys and Space, on a line where their numbers can always be typed.
 *
 * <p>The options are drawn as the lines of the prompt and the line itself holds the chosen
 * numbers ("1 3"): the arrows move a marker over the options, Space adds or removes the marked
 * one's number (for a single choice the marker's number is the answer), and typing digits works
 * as everywhere else, so what is sent is always a line of numbers read by the same parser, and
 * the commands ({@code <}, {@code ?}, {@code -}) work here too. JLine's console-ui prompts do
 * neither (they take no typed numbers and switch to the alternate screen), hence these few
 * widgets on JLine's own line editor.
 */
final class OptionSelector {

    private static final String DOWN = "qorgan-down";
    private static final String UP = "qorgan-up";
    private static final String MARK = "qorgan-mark";
    private static final String TYPE = "qorgan-type";
    private static final String ERASE = "qorgan-erase";

    private final LineReaderImpl reader;
    private final Terminal terminal;
    private final Styles styles;
    private List<String> options = List.of();
    private boolean multi;
    private boolean active;
    private boolean moving;
    private int marked = -1;

    OptionSelector(LineReaderImpl reader, Terminal terminal, Styles styles) {
        this.reader = reader;
        this.terminal = terminal;
        this.styles = styles;
        reader.getWidgets().put(DOWN, () -> move(1));
        reader.getWidgets().put(UP, () -> move(-1));
        reader.getWidgets().put(MARK, this::mark);
        reader.getWidgets().put(TYPE, () -> edit(LineReader.SELF_INSERT));
        reader.getWidgets().put(ERASE, () -> edit(LineReader.BACKWARD_DELETE_CHAR));
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        bind(main, DOWN, Capability.key_down, "\033[B", "\033OB");
        bind(main, UP, Capability.key_up, "\033[A", "\033OA");
        main.bind(new Reference(MARK), " ");
        for (char digit = '0'; digit <= '9'; digit++) {
            main.bind(new Reference(TYPE), String.valueOf(digit));
        }
        main.bind(new Reference(ERASE), KeyMap.del(), KeyMap.ctrl('H'));
    }

    private void bind(KeyMap<Binding> map, String widget, Capability capability, String... sequences) {
        map.bind(new Reference(widget), sequences);
        String fromTerminfo = KeyMap.key(terminal, capability);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            map.bind(new Reference(widget), fromTerminfo);
        }
    }

    /** Whether the options, as wrapped, and the input line fit on the screen, so that they can be redrawn. */
    boolean fits(List<String> labels) {
        int rows = 0;
        for (String label : labels) {
            rows += WordWrap.hanging(prefix(false, 0, true, false), label, width())
                    .size();
        }
        return terminal.getHeight() > rows + 2;
    }

    /** Columns for the options: one less than the screen's, so that no line reaches its edge. */
    private int width() {
        return (terminal.getWidth() > 0 ? terminal.getWidth() : 80) - 1;
    }

    /** What stands before an option's label: the marker of the marked one, its number, its box. */
    private static String prefix(boolean here, int index, boolean multiple, boolean ticked) {
        return (here ? " › " : "   ")
                + String.format("%2d  ", index + 1)
                + (multiple ? (ticked ? "[x] " : "[ ] ") : "");
    }

    /** @param chosen the options ticked to begin with (numbers from 1), on the line as typed numbers */
    String read(List<String> labels, boolean multiple, List<Integer> chosen) {
        options = List.copyOf(labels);
        multi = multiple;
        marked = -1;
        moving = false;
        String line =
                multiple ? String.join(" ", chosen.stream().map(String::valueOf).toList()) : "";
        active = true;
        try {
            return reader.readLine(
                    prompt(new TreeSet<>(multiple ? chosen : List.of())), null, line.isEmpty() ? null : line);
        } finally {
            active = false;
        }
    }

    private boolean move(int by) {
        if (!active) {
            reader.callWidget(by > 0 ? LineReader.DOWN_LINE_OR_HISTORY : LineReader.UP_LINE_OR_HISTORY);
            return true;
        }
        moving = true;
        marked = marked < 0 ? (by > 0 ? 0 : options.size() - 1) : Math.floorMod(marked + by, options.size());
        if (!multi) {
            replaceLine(String.valueOf(marked + 1));
        }
        refresh();
        return true;
    }

    private boolean mark() {
        if (!active || !moving || marked < 0) {
            return edit(LineReader.SELF_INSERT);
        }
        if (multi) {
            TreeSet<Integer> chosen = chosen();
            if (!chosen.remove(marked + 1)) {
                chosen.add(marked + 1);
            }
            replaceLine(String.join(" ", chosen.stream().map(String::valueOf).toList()));
        } else {
            replaceLine(String.valueOf(marked + 1));
        }
        refresh();
        return true;
    }

    private boolean edit(String widget) {
        if (active) {
            moving = false;
        }
        reader.callWidget(widget);
        if (active) {
            refresh();
        }
        return true;
    }

    /** The option numbers on the line now. */
    private TreeSet<Integer> chosen() {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : reader.getBuffer().toString().split("[\\s,;]+")) {
            if (part.matches("\\d{1,3}")) {
                int number = Integer.parseInt(part);
                if (number >= 1 && number <= options.size()) {
                    chosen.add(number);
                }
            }
        }
        return chosen;
    }

    private void replaceLine(String text) {
        reader.getBuffer().clear();
        reader.getBuffer().write(text);
    }

    private void refresh() {
        reader.setPrompt(prompt(chosen()));
    }

    /** The options, the marked one highlighted, then the input marker; a JLine prompt pattern. */
    private String prompt(TreeSet<Integer> chosen) {
        AttributedStringBuilder text = new AttributedStringBuilder();
        for (int i = 0; i < options.size(); i++) {
            boolean here = i == marked;
            text.style(styles.of(here ? Tone.QUESTION : Tone.OPTION));
            for (String line :
                    WordWrap.hanging(prefix(here, i, multi, chosen.contains(i + 1)), options.get(i), width())) {
                text.append(line).append('\n');
            }
            text.style(AttributedStyle.DEFAULT);
        }
        text.append("> ");
        return styles.ansi(text, terminal).replace("%", "%%");
    }
}

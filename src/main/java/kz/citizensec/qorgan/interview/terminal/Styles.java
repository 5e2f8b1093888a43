package kz.citizensec.qorgan.interview.terminal;

import kz.citizensec.qorgan.interview.terminal.Line.Tone;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/** How each kind of line looks: colours where the terminal has them, else none at all. */
final class Styles {

    private final boolean colour;

    Styles(boolean colour) {
        this.colour = colour;
    }

    /**
     * The escape sequences for a styled text. Box-drawing characters stay Unicode (JLine would
     * switch to the terminal's line-drawing charset, which a copy of the screen does not keep).
     */
    String ansi(AttributedCharSequence text, Terminal terminal) {
        if (!colour) {
            return text.toString();
        }
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        return text.toAnsi(
                colours == null ? 8 : colours,
                AttributedCharSequence.ForceMode.None,
                terminal.getPalette(),
                null,
                null);
    }

    AttributedStyle of(Tone tone) {
        if (!colour) {
            return AttributedStyle.DEFAULT;
        }
        return switch (tone) {
            case QUESTION -> AttributedStyle.BOLD;
            case PROGRESS ->
                AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).bold();
            case HINT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case NOTICE ->
                AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW).bold();
            case ERROR ->
                AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
            case ALERT ->
                AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
            case TEXT, OPTION -> AttributedStyle.DEFAULT;
        };
    }
}

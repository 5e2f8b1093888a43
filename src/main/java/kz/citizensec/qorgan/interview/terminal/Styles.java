package kz.citizensec.qorgan.interview.terminal;

import kz.citizensec.qorgan.interview.terminal.Line.Tone;
import org.jline.utils.AttributedStyle;

/** How each kind of line looks: colours where the terminal has them, else none at all. */
final class Styles {

    private final boolean colour;

    Styles(boolean colour) {
        this.colour = colour;
    }

    boolean colour() {
        return colour;
    }

    AttributedStyle of(Tone tone) {
        if (!colour) {
            return AttributedStyle.DEFAULT;
        }
        return switch (tone) {
            case QUESTION -> AttributedStyle.BOLD;
            case PROGRESS -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).bold();
            case HINT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case NOTICE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW).bold();
            case ERROR -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
            case ALERT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
            case TEXT, OPTION -> AttributedStyle.DEFAULT;
        };
    }
}

package kz.citizensec.qorgan.interview.terminal;

import java.util.List;

/** Where the interview is shown and typed: a JLine terminal, or plain streams for scripts. */
interface Console extends AutoCloseable {

    /** Shows the page and returns the line typed, without its line break. */
    String read(Page page) throws Interrupted;

    void show(List<Line> lines);

    /** Columns to write in (a script's console: a common terminal width). */
    int width();

    /** Rows on the screen; 0 when there is no screen, so nothing is shown a page at a time. */
    int height();

    /** Whether to draw rules and boxes (never in plain mode or on plain streams). */
    boolean decorated();

    /** Whether options can also be chosen with the arrow keys. */
    boolean arrows();

    /** Clears the screen and its scrollback, where the console has them. */
    void clear();

    @Override
    void close();
}

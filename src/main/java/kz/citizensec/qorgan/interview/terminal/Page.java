package kz.citizensec.qorgan.interview.terminal;

import java.util.List;

/**
 * What one prompt shows: its lines, then its numbered options (if any) and the input line.
 *
 * @param options the labels of numbered options, empty for typed answers
 * @param multi whether several options may be chosen
 * @param repeat the same prompt again (after an error or help): options already on screen
 *     need not be printed again
 */
record Page(List<Line> lines, List<String> options, boolean multi, boolean repeat) {

    Page {
        lines = List.copyOf(lines);
        options = List.copyOf(options);
    }
}

package kz.citizensec.qorgan.interview.terminal;

import java.util.List;

/**
 * What one prompt shows: its lines, then its numbered options (if any) and the input line.
 *
 * @param options the labels of numbered options, empty for typed answers
 * @param multi whether several options may be chosen
 * @param repeat the same prompt again (after an error or help): options already on screen
 *     need not be printed again
 * @param chosen the numbers (from 1) of the options chosen before, for a question asked again:
 *     the boxes start ticked, so that ticking one more keeps the others
 */
record Page(List<Line> lines, List<String> options, boolean multi, boolean repeat, List<Integer> chosen) {

    Page {
        lines = List.copyOf(lines);
        options = List.copyOf(options);
        chosen = List.copyOf(chosen);
    }

    Page(List<Line> lines, List<String> options, boolean multi, boolean repeat) {
        this(lines, options, multi, repeat, List.of());
    }
}

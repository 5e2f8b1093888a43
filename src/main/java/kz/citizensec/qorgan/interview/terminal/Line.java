package kz.citizensec.qorgan.interview.terminal;

/** One line of a screen and what kind of line it is; a console decides how each kind looks. */
record Line(Tone tone, String text) {

    enum Tone {
        TEXT,
        QUESTION,
        OPTION,
        PROGRESS,
        HINT,
        NOTICE,
        ERROR,
        ALERT
    }

    static Line text(String text) {
        return new Line(Tone.TEXT, text);
    }
}

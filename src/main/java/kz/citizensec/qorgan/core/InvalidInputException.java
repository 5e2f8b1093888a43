package kz.citizensec.qorgan.core;

import java.util.List;

/** A playbook or an answers file that cannot be used: exit 3, naming each problem's place. */
public final class InvalidInputException extends QorganException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(
                ExitStatus.INVALID_INPUT,
                problems.isEmpty() ? "" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

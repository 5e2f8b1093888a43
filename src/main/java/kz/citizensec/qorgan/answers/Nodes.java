package kz.citizensec.qorgan.answers;

import java.util.ArrayList;
import java.util.List;

/** The values of one answers file's tree, each refused at its place when not of the shape expected. */
final class Nodes {

    private final FileProblems problems;

    Nodes(FileProblems problems) {
        this.problems = problems;
    }

    FileProblems problems() {
        return problems;
    }

    /**
     * A scalar as written in the file (so 061211600012 keeps its leading zero); YAML's
     * true and false as "yes" and "no", the words the interview takes.
     */
    String scalar(YamlTree node, String field) {
        if (!(node instanceof YamlTree.Scalar scalar) || scalar.kind() == YamlTree.Scalar.Kind.NULL) {
            throw problems.at(node, field, "file.expectedScalar");
        }
        return switch (scalar.kind()) {
            case TRUE -> "yes";
            case FALSE -> "no";
            default -> scalar.text();
        };
    }

    /** A list of scalars; a single scalar is a list of one. */
    List<String> list(YamlTree node, String field) {
        if (!(node instanceof YamlTree.Sequence sequence)) {
            return List.of(scalar(node, field));
        }
        List<String> items = new ArrayList<>();
        for (YamlTree item : sequence.items()) {
            items.add(scalar(item, field));
        }
        return items;
    }

    /** A map whose keys are {@code keys} (any key when empty). */
    YamlTree.Mapping mapping(YamlTree node, String field, List<String> keys) {
        if (!(node instanceof YamlTree.Mapping map)) {
            throw problems.at(node, field, "file.expectedMap", String.join(", ", keys));
        }
        for (var entry : map.entries().entrySet()) {
            if (!keys.isEmpty() && !keys.contains(entry.getKey())) {
                throw problems.unknown(
                        entry.getValue(), field + "." + entry.getKey(), "file.unknownField", entry.getKey(), keys);
            }
        }
        return map;
    }
}

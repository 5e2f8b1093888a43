package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.playbook.NoAliasParser;

/**
 * A small YAML document as a tree that knows where each value stands and how each scalar was
 * written, read in one pass of Jackson's streaming parser. An answers file needs no more: the
 * tree model of Jackson's databind would cost a start-up of its own (bench/README.md has the
 * figure) and loses the text of scalars (an IIN written 061211600012 must keep its leading zero).
 */
sealed interface YamlTree {

    /** Where the value stands: for a value in a map, its key (where a reader looks for it). */
    int line();

    int column();

    /** A scalar as written; {@code true}/{@code false} and null are told apart from text. */
    record Scalar(String text, Kind kind, int line, int column) implements YamlTree {
        enum Kind {
            TEXT,
            TRUE,
            FALSE,
            NULL
        }
    }

    record Sequence(List<YamlTree> items, int line, int column) implements YamlTree {}

    /** Keys in the order written; a key written twice is refused while reading. */
    record Mapping(Map<String, YamlTree> entries, int line, int column) implements YamlTree {}

    /** Something a reader refuses, found at {@code line}:{@code column}. */
    abstract sealed class Refused extends IOException permits TooDeep, SecondDocument {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Refused(String what, int line, int column) {
            super(what + " at " + line + ":" + column);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /** Nesting deeper than a reader allows. */
    final class TooDeep extends Refused {
        private static final long serialVersionUID = 1L;

        TooDeep(int line, int column) {
            super("nested too deeply", line, column);
        }
    }

    /** A second document after the first ({@code ---}): it would be silently ignored. */
    final class SecondDocument extends Refused {
        private static final long serialVersionUID = 1L;

        SecondDocument(int line, int column) {
            super("a second document", line, column);
        }
    }

    /**
     * Reads one document, and refuses a second one after it ({@link SecondDocument}). A syntax error, a duplicate key, an anchor or an alias
     * ({@link NoAliasParser.AliasException}) throws Jackson's exception, which carries the place;
     * more than {@code maxDepth} levels of maps and lists throws
     * {@link TooDeep}.
     */
    static YamlTree read(YAMLFactory factory, String yaml, int maxDepth) throws IOException {
        try (JsonParser parser = NoAliasParser.of(factory, yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Scalar("", Scalar.Kind.NULL, 1, 1);
            }
            JsonLocation at = parser.currentTokenLocation();
            YamlTree root = value(parser, at.getLineNr(), at.getColumnNr(), maxDepth);
            if (parser.nextToken() != null) {
                JsonLocation second = parser.currentTokenLocation();
                throw new SecondDocument(second.getLineNr(), second.getColumnNr());
            }
            return root;
        }
    }

    /** The value at the parser's current token, placed at {@code line}:{@code column}. */
    private static YamlTree value(JsonParser parser, int line, int column, int depthLeft) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isStructStart() && depthLeft == 0) {
            JsonLocation at = parser.currentTokenLocation();
            throw new TooDeep(at.getLineNr(), at.getColumnNr());
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlTree> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation key = parser.currentTokenLocation();
                String name = parser.currentName();
                parser.nextToken();
                entries.put(name, value(parser, key.getLineNr(), key.getColumnNr(), depthLeft - 1));
            }
            return new Mapping(Collections.unmodifiableMap(entries), line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlTree> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation item = parser.currentTokenLocation();
                items.add(value(parser, item.getLineNr(), item.getColumnNr(), depthLeft - 1));
            }
            return new Sequence(List.copyOf(items), line, column);
        }
        Scalar.Kind kind = switch (token) {
            case VALUE_TRUE -> Scalar.Kind.TRUE;
            case VALUE_FALSE -> Scalar.Kind.FALSE;
            case VALUE_NULL -> Scalar.Kind.NULL;
            default -> Scalar.Kind.TEXT;
        };
        return new Scalar(parser.getText(), kind, line, column);
    }
}

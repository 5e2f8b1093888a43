package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key or value of a small YAML document stands, by JSON pointer ({@code /answers/disclosed/1}),
 * and each scalar as it was written: an IIN written 061211600012 must keep its leading zero, which
 * the tree model would have read as a number.
 */
final class YamlPositions {

    record Position(int line, int column, String rawText) {}

    private final Map<String, Position> byPointer;

    private YamlPositions(Map<String, Position> byPointer) {
        this.byPointer = byPointer;
    }

    /** Indexes a document that has already been parsed once without error. */
    static YamlPositions index(YAMLFactory factory, String yaml) throws IOException {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation at = parser.currentTokenLocation();
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                String raw = token.isScalarValue() ? parser.getText() : null;
                // A key comes before its value: messages point at the key, raw text is the value's.
                Position known = positions.get(pointer);
                positions.put(pointer, known == null ? new Position(at.getLineNr(), at.getColumnNr(), raw)
                        : new Position(known.line(), known.column(), raw));
            }
        }
        return new YamlPositions(positions);
    }

    /** The position of the value at {@code pointer}, or of its nearest enclosing value. */
    Position at(String pointer) {
        String current = pointer;
        while (true) {
            Position found = byPointer.get(current);
            if (found != null || current.isEmpty()) {
                return found == null ? new Position(0, 0, null) : found;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** The scalar at {@code pointer} as written in the file, if it is a scalar. */
    String raw(String pointer) {
        Position position = byPointer.get(pointer);
        return position == null ? null : position.rawText();
    }
}

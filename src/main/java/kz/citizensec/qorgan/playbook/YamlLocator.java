package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds where a field of a guide file is written, by its JSON pointer (e.g. {@code /steps/3/when}).
 * The records keep no positions: a file is re-read with the streaming parser only when a problem
 * must be reported, so start-up pays nothing for it.
 */
final class YamlLocator {

    /** A line and column, both 1-based; 0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private final Map<String, Position> byPointer;

    private YamlLocator(Map<String, Position> byPointer) {
        this.byPointer = byPointer;
    }

    /** Reads every position of {@code text}; a file that does not parse gives what was read up to there. */
    static YamlLocator of(String text) {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = GuideMapper.streamingParser(text)) {
            while (parser.nextToken() != null) {
                // The first token of a pointer is the key of a map entry or the start of a list item.
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(
                        parser.getParsingContext().pathAsPointer().toString(),
                        new Position(at.getLineNr(), at.getColumnNr()));
            }
        } catch (JsonProcessingException e) {
            // Keep what was read: the loader reports the syntax error itself.
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return new YamlLocator(positions);
    }

    /**
     * Where {@code pointer} is written; a field that is missing is placed at the nearest enclosing
     * one that exists (a missing {@code kk} text at its {@code title}).
     */
    Position locate(String pointer) {
        String at = pointer;
        while (true) {
            Position found = byPointer.get(at);
            if (found != null) {
                return found;
            }
            if (at.isEmpty()) {
                return Position.UNKNOWN;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}

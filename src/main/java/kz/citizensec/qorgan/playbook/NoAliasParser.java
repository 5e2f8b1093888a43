package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Refuses YAML anchors ({@code &name}) and aliases ({@code *name}) in a guide or an answers file.
 * Jackson does not expand an alias: it would silently read the anchor's name as a text (an
 * address "n" for {@code *n}). Neither kind of file has a use for them, and refusing them also
 * rules out the "billion laughs" alias bomb. An anchor alone is refused too, so that a file does
 * not read as if it could be referred to.
 */
public final class NoAliasParser extends JsonParserDelegate {

    /** An anchor or an alias, with its place; each reader words the message. */
    public static final class AliasException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        private final String name;
        private final boolean anchor;

        AliasException(JsonParser parser, String name, boolean anchor) {
            this(parser, name, anchor, parser.currentTokenLocation());
        }

        AliasException(JsonParser parser, String name, boolean anchor, JsonLocation at) {
            super(parser, (anchor ? "anchor &" : "alias *") + name, at);
            this.name = name;
            this.anchor = anchor;
        }

        /** The anchor's name, without {@code &} or {@code *}. */
        public String name() {
            return name;
        }

        /** An anchor ({@code &name}); else an alias ({@code *name}). */
        public boolean anchor() {
            return anchor;
        }
    }

    private NoAliasParser(JsonParser yaml) {
        super(yaml);
    }

    /**
     * A parser of {@code text} that refuses anchors and aliases. Jackson reports the anchor of a
     * list or a map but loses that of a scalar ({@code name: &n Айгерим}): a text with an
     * {@code &} is first read as YAML events, where every anchor shows.
     *
     * @throws AliasException at the first anchor of a scalar
     */
    public static JsonParser of(YAMLFactory factory, String text) throws IOException {
        JsonParser parser = new NoAliasParser(factory.createParser(text));
        Optional<NodeEvent> anchor = text.indexOf('&') < 0 ? Optional.empty() : firstAnchor(text);
        if (anchor.isPresent()) {
            parser.close();
            throw new AliasException(
                    parser,
                    anchor.get().getAnchor(),
                    true,
                    new JsonLocation(
                            ContentReference.unknown(),
                            -1,
                            anchor.get().getStartMark().getLine() + 1,
                            anchor.get().getStartMark().getColumn() + 1));
        }
        return parser;
    }

    /** The first event with an anchor; none when the text is not YAML (Jackson then says why). */
    private static Optional<NodeEvent> firstAnchor(String text) {
        try {
            Parser events = new ParserImpl(new StreamReader(text), new LoaderOptions());
            while (events.peekEvent() != null && !events.checkEvent(Event.ID.StreamEnd)) {
                Event event = events.getEvent();
                if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor() != null) {
                    return Optional.of(node);
                }
            }
        } catch (YAMLException e) {
            // a syntax error: reported by the reader itself, with its place
        }
        return Optional.empty();
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (delegate instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                throw new AliasException(this, yaml.getText(), false);
            }
            Object anchor = yaml.getObjectId();
            if (anchor != null) {
                throw new AliasException(this, String.valueOf(anchor), true);
            }
        }
        return token;
    }

    /** Routed through {@link #nextToken()}: the delegate's own would skip the check. */
    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }
}

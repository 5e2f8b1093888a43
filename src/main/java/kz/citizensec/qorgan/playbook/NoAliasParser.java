package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Refuses YAML aliases ({@code *name}). Jackson does not expand them: it would silently read the
 * anchor's name as a text. A guide has no use for them, and refusing them also rules out the
 * "billion laughs" alias bomb.
 */
final class NoAliasParser extends JsonParserDelegate {

    /** An alias in a guide file; the loader words the message. */
    static final class AliasException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        private final String anchor;

        AliasException(JsonParser parser, String anchor) {
            super(parser, "alias *" + anchor, parser.currentTokenLocation());
            this.anchor = anchor;
        }

        String anchor() {
            return anchor;
        }
    }

    NoAliasParser(JsonParser yaml) {
        super(yaml);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasException(this, yaml.getText());
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

package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A malformed condition. It carries a message key of the playbook bundle and its arguments, not
 * a text, because the deserializer does not know the user's language; the loader words it.
 *
 * @see ConditionDeserializer
 */
final class ConditionSyntaxException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String inside;
    private final String key;
    private final transient Object[] args;

    /** @param inside the pointer of the wrong part, relative to the condition, e.g. {@code /any/1/has_any} */
    ConditionSyntaxException(JsonParser parser, String inside, String key, Object... args) {
        super(parser, key, parser.currentTokenLocation());
        this.inside = inside;
        this.key = key;
        this.args = args.clone();
    }

    String inside() {
        return inside;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}

package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one configured YAML mapper of guide files: strict about unknown and repeated keys, empty
 * list items and aliases, and bounded in size and nesting, so that a broken or hostile file is
 * refused with a message instead of exhausting memory or the stack.
 */
final class GuideMapper {

    /** Deeper than any guide needs (a condition inside a step inside the list is about 8). */
    static final int MAX_DEPTH = 40;

    private static final YAMLFactory FACTORY = newFactory();
    private static final ObjectMapper MAPPER = newMapper();

    private GuideMapper() {}

    private static YAMLFactory newFactory() {
        LoaderOptions snakeYaml = new LoaderOptions();
        snakeYaml.setCodePointLimit(GuideSource.MAX_FILE_BYTES);
        snakeYaml.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(snakeYaml)
                // SnakeYAML's own depth limit only guards its Composer, which Jackson does not use.
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static ObjectMapper newMapper() {
        return YAMLMapper.builder(FACTORY)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A lone "-" is an empty list item: refused here rather than a null deep in the model.
                // YAML reads an unquoted Yes, No, On or Off as a boolean: as a text it is refused,
                // not silently turned into "true".
                .withCoercionConfig(
                        LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
    }

    /**
     * A parser of one file's text for {@link #read}. The caller closes it after handling a
     * failure: until then it still tells which token the failure was at.
     */
    static JsonParser parser(String text) throws IOException {
        JsonParser parser = NoAliasParser.of(FACTORY, text);
        parser.setCodec(MAPPER);
        return parser;
    }

    static <T> T read(JsonParser parser, Class<T> type) throws IOException {
        return MAPPER.readValue(parser, type);
    }

    /** A streaming parser of a guide file, with the same limits, for locating fields. */
    static JsonParser streamingParser(String text) throws IOException {
        return FACTORY.createParser(text);
    }
}

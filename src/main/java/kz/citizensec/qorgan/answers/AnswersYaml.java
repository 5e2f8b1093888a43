package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.yaml.snakeyaml.LoaderOptions;

/** The YAML of answers files: the limits a reader keeps to, and how a writer writes. */
final class AnswersYaml {

    static final int MAX_BYTES = 256 * 1024;
    /** An answers file goes four levels deep (answers, a group, an item, a list); this is plenty. */
    static final int MAX_DEPTH = 8;

    private AnswersYaml() {}

    /** A new factory: one per reader and writer pair (building one is not free). */
    static YAMLFactory factory() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(10);
        limits.setCodePointLimit(MAX_BYTES);
        limits.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
    }
}

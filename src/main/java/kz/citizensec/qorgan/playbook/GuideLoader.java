package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Problem;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads a guide folder into an immutable {@link Guide}; what cannot be read is an exit-3 problem. */
public final class GuideLoader {

    private static final int MAX_FILE_CHARS = 1 << 20;

    private final ObjectMapper mapper = newMapper();

    /** The one configured YAML mapper: strict about unknown keys, bounded in size and aliases. */
    static ObjectMapper newMapper() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(20);
        limits.setNestingDepthLimit(40);
        limits.setCodePointLimit(MAX_FILE_CHARS);
        limits.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(limits).build();
        return YAMLMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    public Guide load(GuideSource source) {
        List<Problem> problems = new ArrayList<>();
        GuideHeader header = read(source, GuideFiles.GUIDE, GuideHeader.class, problems);
        QuestionsFile questions = read(source, GuideFiles.QUESTIONS, QuestionsFile.class, problems);
        StepsFile steps = read(source, GuideFiles.STEPS, StepsFile.class, problems);
        ReferencesFile references = read(source, GuideFiles.REFERENCES, ReferencesFile.class, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Templates templates = readTemplates(source, header.languages(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Guide(header.id(), header.version(), header.title(), header.languages(),
                header.allowedDomains(), questions.questions(), steps.steps(),
                references.references(), templates);
    }

    private <T> T read(GuideSource source, String file, Class<T> type, List<Problem> problems) {
        String name = source.displayName(file);
        try {
            String text = source.read(file).orElse(null);
            if (text == null) {
                problems.add(new Problem(Problem.Severity.ERROR, name, 0, 0, "", "file not found"));
                return null;
            }
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            problems.add(toProblem(name, e));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(Problem.Severity.ERROR, name, 0, 0, "", e.getMessage()));
            return null;
        }
    }

    private Templates readTemplates(GuideSource source, List<String> languages, List<Problem> problems) {
        Map<String, Templates.Template> byKey = new LinkedHashMap<>();
        for (String document : GuideFiles.DOCUMENTS) {
            for (String lang : languages) {
                String file = GuideFiles.template(document, lang);
                try {
                    source.read(file).ifPresentOrElse(
                            text -> byKey.put(document + "." + lang, new Templates.Template(
                                    document, lang, source.displayName(file), text)),
                            () -> problems.add(new Problem(Problem.Severity.ERROR,
                                    source.displayName(file), 0, 0, "", "file not found")));
                } catch (IOException e) {
                    problems.add(new Problem(Problem.Severity.ERROR, source.displayName(file), 0, 0, "",
                            e.getMessage()));
                }
            }
        }
        return new Templates(byKey);
    }

    static Problem toProblem(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        return new Problem(Problem.Severity.ERROR, file, at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), field, e.getOriginalMessage());
    }

    static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    record GuideHeader(String id, String version, LocalizedText title, List<String> languages,
            List<String> allowedDomains) {}

    record QuestionsFile(List<Question> questions) {}

    record StepsFile(List<Step> steps) {}

    record ReferencesFile(List<Reference> references) {}
}

package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;

/**
 * Reads a guide folder into an immutable {@link Guide}: the one way a command gets a guide.
 * {@link #load} gives only a guide that {@link GuideValidator} passes; what cannot be read, or has
 * an error, is an exit-3 {@link InvalidInputException} listing every problem at
 * file:line:column, in the user's language. {@link #check} is for {@code qorgan validate}, which
 * lists the problems itself.
 */
public final class GuideLoader {

    static final String BUNDLE = "kz.citizensec.qorgan.playbook.Messages";

    private final Lang lang;

    /** @param lang the language of the messages (kk, ru or en) */
    public GuideLoader(Lang lang) {
        this.lang = lang;
    }

    /**
     * A guide that can be used: read and validated (warnings are not reported here: {@code qorgan
     * validate} lists them). A {@link GuideSource.Prebuilt} source's guide, when it has one, is
     * taken as it is: the bundled guide's build-time snapshot, written only for a guide that loads here.
     *
     * @throws InvalidInputException if a file is missing or cannot be read as a guide file, or the
     *     guide has an error
     */
    public Guide load(GuideSource source) {
        if (source instanceof GuideSource.Prebuilt prebuilt) {
            Optional<Guide> built = prebuilt.guide().get();
            if (built.isPresent()) {
                return built.get();
            }
        }
        Guide guide = loadFiles(source);
        List<Problem> errors = new GuideValidator(lang)
                .validate(source, guide).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return guide;
    }

    /**
     * What {@code qorgan validate} reports: every problem of a guide's files, errors and warnings.
     *
     * @param guide the guide as read, even with errors of sense; empty when it could not be read
     */
    public record Checked(Optional<Guide> guide, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Reads the guide's files and validates them, never from a snapshot. */
    public Checked check(GuideSource source) {
        Guide guide;
        try {
            guide = loadFiles(source);
        } catch (InvalidInputException e) {
            return new Checked(Optional.empty(), e.problems());
        }
        return new Checked(Optional.of(guide), new GuideValidator(lang).validate(source, guide));
    }

    /** Reads the guide's YAML and templates, never a snapshot. */
    Guide loadFiles(GuideSource source) {
        List<Problem> found = new ArrayList<>();
        GuideHeader header = read(source, GuideFiles.GUIDE, GuideHeader.class, found);
        QuestionsFile questions = read(source, GuideFiles.QUESTIONS, QuestionsFile.class, found);
        StepsFile steps = read(source, GuideFiles.STEPS, StepsFile.class, found);
        ReferencesFile references = read(source, GuideFiles.REFERENCES, ReferencesFile.class, found);
        Glossary glossary = readOptional(source, GuideFiles.GLOSSARY, Glossary.class, found);
        DocumentsFile documents = readOptional(source, GuideFiles.DOCUMENTS, DocumentsFile.class, found);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        List<GuideDocument> declared = documents == null ? List.of() : orEmpty(documents.documents());
        Templates templates = readTemplates(source, header.languagesOrEmpty(), declared, found);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return new Guide(
                header.id(),
                header.version(),
                header.title(),
                header.languagesOrEmpty(),
                orEmpty(header.allowedDomains()),
                orEmpty(questions.questions()),
                orEmpty(steps.steps()),
                orEmpty(references.references()),
                templates,
                glossary,
                header.cases(),
                declared);
    }

    private <T> T read(GuideSource source, String file, Class<T> type, List<Problem> found) {
        return read(source, file, type, found, true);
    }

    /** A file a guide may do without: null when it is absent. */
    private <T> T readOptional(GuideSource source, String file, Class<T> type, List<Problem> found) {
        return read(source, file, type, found, false);
    }

    private <T> T read(GuideSource source, String file, Class<T> type, List<Problem> found, boolean required) {
        String name = source.displayName(file);
        Optional<String> text;
        try {
            text = source.read(file);
        } catch (IOException e) {
            found.add(unreadable(name, e));
            return null;
        }
        if (text.isEmpty()) {
            if (required) {
                found.add(problems().file(name, "file.notFound"));
            }
            return null;
        }
        try (JsonParser parser = GuideMapper.parser(text.get())) {
            try {
                return GuideMapper.read(parser, type);
            } catch (JsonProcessingException e) {
                found.add(problems().of(name, text.get(), e));
                return null;
            }
        } catch (NoAliasParser.AliasException e) {
            found.add(problems().of(name, text.get(), e));
            return null;
        } catch (IOException e) {
            found.add(problems().file(name, "file.unreadable", String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** Reads the templates that exist; the validator reports the missing ones with the rest. */
    private Templates readTemplates(
            GuideSource source, List<String> languages, List<GuideDocument> declared, List<Problem> found) {
        Map<String, Templates.Template> byKey = new LinkedHashMap<>();
        for (DocumentId document : GuideDocument.ids(declared)) {
            for (String lang : languages) {
                String file = GuideDocument.template(declared, document, lang);
                String name = source.displayName(file);
                try {
                    source.read(file)
                            .ifPresent(text -> byKey.put(
                                    document + "." + lang, new Templates.Template(document.value(), lang, name, text)));
                } catch (IOException e) {
                    found.add(unreadable(name, e));
                }
            }
        }
        return new Templates(byKey);
    }

    /** Why a file of the guide was not read. */
    private Problem unreadable(String name, IOException e) {
        if (e instanceof GuideSource.TooLargeException) {
            return problems().file(name, "file.tooLarge", String.valueOf(GuideSource.MAX_FILE_BYTES / 1024));
        }
        if (e instanceof GuideSource.OutsideException) {
            return problems().file(name, "file.outside");
        }
        if (e instanceof GuideSource.NotRegularException) {
            return problems().file(name, "file.notRegular");
        }
        if (e instanceof GuideSource.NotUtf8Exception notUtf8) {
            Problem problem = problems().file(name, "file.notUtf8");
            return new Problem(
                    problem.severity(),
                    name,
                    notUtf8.where().line(),
                    notUtf8.where().column(),
                    "",
                    problem.message());
        }
        return problems().file(name, "file.unreadable", String.valueOf(e.getMessage()));
    }

    /** The messages are looked up only when something is wrong: a guide that loads needs none. */
    private LoadProblems problems() {
        return new LoadProblems(Messages.of(BUNDLE, lang));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record GuideHeader(
            String id,
            String version,
            LocalizedText title,
            List<String> languages,
            List<String> allowedDomains,
            Map<String, Condition> cases) {
        List<String> languagesOrEmpty() {
            return languages == null ? List.of() : languages;
        }
    }

    record QuestionsFile(List<Question> questions) {}

    record StepsFile(List<Step> steps) {}

    record ReferencesFile(List<Reference> references) {}

    record DocumentsFile(List<GuideDocument> documents) {}
}

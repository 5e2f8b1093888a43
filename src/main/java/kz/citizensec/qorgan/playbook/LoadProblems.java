package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.Suggestions;

/**
 * Words what Jackson and SnakeYAML found wrong in a guide file as one of our messages, in the
 * user's language, at the file, line, column and field where it is: no "Cannot deserialize value
 * of type ..." reaches an editor.
 */
final class LoadProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");

    private final Messages messages;

    LoadProblems(Messages messages) {
        this.messages = messages;
    }

    Problem file(String file, String key, Object... args) {
        return new Problem(Problem.Severity.ERROR, file, 0, 0, "", messages.get(key, args));
    }

    /** @param text the file's text, re-read to place a field only now that a problem is reported */
    Problem of(String file, String text, JsonProcessingException e) {
        // Found through the cause: databind wraps it, and it then read as "cannot be read here".
        Optional<NoAliasParser.AliasException> alias = causeOf(e, NoAliasParser.AliasException.class);
        if (alias.isPresent()) {
            return at(
                    file,
                    alias.get().getLocation(),
                    "",
                    messages.get(
                            alias.get().anchor() ? "yaml.anchor" : "yaml.alias",
                            alias.get().name()));
        }
        if (e instanceof MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return at(file, e.getLocation(), "", messages.get("yaml.secondDocument"));
        }
        if (causeOf(e, StreamConstraintsException.class).isPresent()) {
            String pointer = e instanceof JsonMappingException m ? FieldPath.pointer(m.getPath()) : "";
            return located(file, text, pointer, e, messages.get("yaml.tooDeep", GuideMapper.MAX_DEPTH));
        }
        Optional<YamlSyntax.Explained> syntax = YamlSyntax.explain(e, text, messages.lang());
        if (syntax.isPresent()) {
            return new Problem(
                    Problem.Severity.ERROR,
                    file,
                    syntax.get().line(),
                    syntax.get().column(),
                    "",
                    syntax.get().message());
        }
        Optional<String> duplicate = duplicateKey(e);
        if (duplicate.isPresent()) {
            String pointer = e instanceof JsonMappingException m ? FieldPath.pointer(m.getPath()) : "";
            return at(
                    file,
                    e.getLocation(),
                    FieldPath.display(pointer),
                    messages.get("yaml.duplicateKey", duplicate.get()));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return at(file, e.getLocation(), "", messages.get("yaml.syntax.other", e.getOriginalMessage()));
        }
        String pointer = FieldPath.pointer(mapping.getPath());
        if (e instanceof ConditionSyntaxException condition) {
            pointer += condition.inside();
            return located(file, text, pointer, e, messages.get(condition.key(), condition.args()));
        }
        return located(file, text, pointer, e, mappingMessage(mapping));
    }

    private String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return guess("yaml.unknownKey", unknown.getPropertyName(), knownKeys(unknown));
        }
        if (e instanceof InvalidNullException
                || e instanceof MismatchedInputException
                        && pointsIntoList(e)
                        && textOf(e).isEmpty()) {
            return messages.get("yaml.emptyItem");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return guess("yaml.badValue", String.valueOf(format.getValue()), enumIds(target));
            }
            if (target == String.class) {
                return messages.get("yaml.unquotedYesNo", textOf(e));
            }
            return messages.get("yaml.expected", expected(target), messages.get("yaml.found.text", format.getValue()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content")) {
                return messages.get("yaml.emptyFile");
            }

            return messages.get("yaml.expected", expected(mismatch.getTargetType()), found(e));
        }
        return messages.get("yaml.unreadable");
    }

    /** The keys a map may hold, in the order of the model (Jackson keeps them in a set). */
    private static List<String> knownKeys(UnrecognizedPropertyException e) {
        List<String> known = new ArrayList<>();
        e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        Class<?> type = e.getReferringClass();
        if (type != null && type.isRecord()) {
            List<String> order = Arrays.stream(type.getRecordComponents())
                    .map(c -> snakeCase(c.getName()))
                    .toList();
            known.sort(Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : order.size()));
        } else {
            Collections.sort(known);
        }
        return known;
    }

    /** "unknown X; did you mean Y?" when one is close, else the list of what is allowed. */
    private String guess(String key, String typed, Collection<String> known) {
        return Suggestions.closest(typed, known)
                .map(closest -> messages.get(key + ".guess", typed, closest))
                .orElseGet(() -> messages.get(key, typed, String.join(", ", known)));
    }

    private String expected(Class<?> target) {
        if (target == String.class) {
            return messages.get("yaml.type.text");
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return messages.get("yaml.type.list");
        }
        if (Map.class.isAssignableFrom(target) || target == LocalizedText.class) {
            return messages.get("yaml.type.texts");
        }
        if (target == boolean.class || target == Boolean.class) {
            return messages.get("yaml.type.yesNo");
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return messages.get("yaml.type.number");
        }
        if (target.isEnum()) {
            return messages.get("yaml.type.oneOf", String.join(", ", enumIds(target)));
        }
        if (target.isRecord()) {
            return messages.get(
                    "yaml.type.map",
                    String.join(
                            ", ",
                            Arrays.stream(target.getRecordComponents())
                                    .map(c -> snakeCase(c.getName()))
                                    .toList()));
        }
        return messages.get("yaml.type.value");
    }

    private String found(JsonMappingException e) {
        JsonToken token = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        if (token == null) {
            return messages.get("yaml.found.nothing");
        }
        return switch (token) {
            case START_ARRAY -> messages.get("yaml.found.list");
            case START_OBJECT -> messages.get("yaml.found.map");
            case VALUE_TRUE, VALUE_FALSE -> messages.get("yaml.found.yesNo");
            case VALUE_NULL -> messages.get("yaml.found.nothing");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> messages.get("yaml.found.number", textOf(e));
            default -> messages.get("yaml.found.text", textOf(e));
        };
    }

    /** Whether the failure is at an item of a list (its last path step is an index). */
    private static boolean pointsIntoList(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return !path.isEmpty() && path.get(path.size() - 1).getFieldName() == null;
    }

    private static String textOf(JsonMappingException e) {
        try {
            return ((JsonParser) e.getProcessor()).getText();
        } catch (java.io.IOException | RuntimeException ignored) {
            return "";
        }
    }

    private static Problem located(
            String file, String text, String pointer, JsonProcessingException e, String message) {
        YamlLocator.Position position = YamlLocator.of(text).locate(pointer);
        if (position.line() == 0) {
            return at(file, e.getLocation(), FieldPath.display(pointer), message);
        }
        return new Problem(
                Problem.Severity.ERROR, file, position.line(), position.column(), FieldPath.display(pointer), message);
    }

    private static Problem at(String file, JsonLocation location, String field, String message) {
        return new Problem(
                Problem.Severity.ERROR,
                file,
                location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(),
                field,
                message);
    }

    /** The ids an enum has in YAML, as its {@link JsonProperty} annotations spell them. */
    static List<String> enumIds(Class<?> type) {
        List<String> ids = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                ids.add(property != null ? property.value() : name);
            } catch (NoSuchFieldException e) {
                ids.add(name);
            }
        }
        return ids;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Jackson tells a repeated key only in its message text. */
    private static Optional<String> duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
            Matcher matcher = DUPLICATE.matcher(String.valueOf(text));
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}

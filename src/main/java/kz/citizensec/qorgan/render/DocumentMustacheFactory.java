package kz.citizensec.qorgan.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Iteration;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import kz.citizensec.qorgan.core.TypedText;

/**
 * The one Mustache factory of qorgan's documents, for Markdown templates and for plain-text ones:
 * <ul>
 *   <li>{@code {{x}}} is escaped for Markdown ({@link MarkdownEscaper}); in a plain-text template
 *       (an e-mail body to copy) it is cleaned as typed text ({@link TypedText}: no control
 *       character, card numbers and codes masked) and nothing else, since a backslash would show;</li>
 *   <li>a variable that does not exist is an error naming the template file, line and
 *       variable, so that a typo fails loudly instead of leaving a silent gap;</li>
 *   <li>{@code {{{x}}}} is allowed only for trusted guide text ({@link Markdown}), and guide
 *       text must use it, so that typed text can never go in unescaped by mistake;</li>
 *   <li>partials are refused: a template cannot pull in other files.</li>
 * </ul>
 */
final class DocumentMustacheFactory extends DefaultMustacheFactory {

    static final String UNKNOWN_VARIABLE = "template.unknownVariable";
    static final String TYPED_UNESCAPED = "template.tripleBracesOnText";
    static final String GUIDE_ESCAPED = "template.doubleBracesOnGuideText";

    private final boolean plainText;

    /** @param plainText for a plain-text template (txt), else Markdown */
    DocumentMustacheFactory(boolean plainText) {
        this(false, plainText);
    }

    /**
     * @param everyBranch for checking a template, not for documents: every inverted section is
     *     run, and every section on a false or empty text, as if it held (a true value adds no
     *     name a template can use), so that one rendering meets every variable a template names
     *     outside sections over empty lists and absent values
     * @param plainText for a plain-text template (txt), else Markdown
     */
    private DocumentMustacheFactory(boolean everyBranch, boolean plainText) {
        super(name -> null);
        this.plainText = plainText;
        setObjectHandler(new StrictObjectHandler(everyBranch));
    }

    /** The factory of {@link TemplateCheck}: see {@link #DocumentMustacheFactory(boolean, boolean)}. */
    static DocumentMustacheFactory everyBranch(boolean plainText) {
        return new DocumentMustacheFactory(true, plainText);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(plainText ? TypedText.clean(value).text() : MarkdownEscaper.escape(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                list.add(new CheckedValueCode(tc, df, variable, encoded));
            }

            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                throw new MustacheException("partials are not supported: " + variable, tc);
            }
        };
    }

    /** A {@code {{x}}} or {@code {{{x}}}} whose braces must match the kind of value. */
    private static final class CheckedValueCode extends ValueCode {

        CheckedValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
            super(tc, df, variable, encoded);
        }

        @Override
        public Object get(List<Object> scopes) {
            Object value = super.get(scopes);
            if (value instanceof Markdown && encoded) {
                throw new TemplateError(tc.file(), tc.line(), name, GUIDE_ESCAPED);
            }
            if (value != null && !(value instanceof Markdown) && !encoded) {
                throw new TemplateError(tc.file(), tc.line(), name, TYPED_UNESCAPED);
            }
            return value;
        }
    }

    /** Looks variables up by reflection and map keys, and refuses a variable found nowhere. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        private final boolean everyBranch;

        StrictObjectHandler(boolean everyBranch) {
            this.everyBranch = everyBranch;
        }

        @Override
        public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
            if (everyBranch && (Boolean.FALSE.equals(object) || "".equals(object))) {
                return iteration.next(writer, object, scopes);
            }
            return super.iterate(iteration, writer, object, scopes);
        }

        @Override
        public Writer falsey(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
            return everyBranch
                    ? iteration.next(writer, object, scopes)
                    : super.falsey(iteration, writer, object, scopes);
        }

        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return new GuardedBinding(this, name, tc, code) {
                @Override
                protected synchronized Wrapper getWrapper(String variable, List<Object> scopes) {
                    Wrapper wrapper = super.getWrapper(variable, scopes);
                    if (wrapper instanceof MissingWrapper) {
                        throw new TemplateError(tc.file(), tc.line(), variable, UNKNOWN_VARIABLE);
                    }
                    return wrapper;
                }
            };
        }
    }
}

package kz.citizensec.qorgan.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.StringReader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.Templates;

/**
 * Checks every template of a guide without trying every combination of answers (what
 * {@code validate --exhaustive} does): each is compiled, then rendered once against the context
 * the renderer builds from every step and an answer to every question (every option of a
 * multiple choice, one item of each group), with every inverted section and every section on a
 * false value run too. So a misspelt variable, braces that do not suit a value or a syntax error
 * is found by plain {@code validate}, wherever it stands, except inside a section over something
 * that even these answers leave empty. A template that is wrong is never wrongly accused: the
 * variables are looked up as the renderer looks them up, in the same scopes.
 */
public final class TemplateCheck {

    private TemplateCheck() {}

    /**
     * @param lang the language of the messages
     * @return one problem per template that fails, at its file and line
     */
    public static List<Problem> check(Guide guide, Lang lang, LocalDate today) {
        Answers answers = everything(guide, today);
        DocumentMustacheFactory markdown = DocumentMustacheFactory.everyBranch(false);
        DocumentMustacheFactory plainText = DocumentMustacheFactory.everyBranch(true);
        ContextBuilder contexts = new ContextBuilder(guide);
        var plan = new PlanBuilder(guide).everyStep(answers, today);
        List<Problem> problems = new ArrayList<>();
        for (Templates.Template template : guide.templates().byKey().values()) {
            try {
                boolean plain = guide.document(new DocumentId(template.document()))
                        .map(GuideDocument::plainText)
                        .orElse(false);
                Mustache mustache =
                        (plain ? plainText : markdown).compile(new StringReader(template.source()), template.file());
                mustache.execute(Writer.nullWriter(), contexts.build(plan, answers, template.language(), today));
            } catch (MustacheException e) {
                problems.addAll(Documents.problem(template, e, lang).problems());
            } catch (TemplateError e) {
                problems.addAll(Documents.problem(template, new MustacheException(e.getMessage(), e), lang)
                        .problems());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** An answer to every question: yes, every option, a date, an amount, a text, one item of a group. */
    private static Answers everything(Guide guide, LocalDate today) {
        Answers answers = Answers.NONE;
        SampleAnswers samples = SampleAnswers.most(today);
        for (Question question : guide.questions()) {
            answers = answers.with(question.id(), samples.of(question));
        }
        return answers;
    }
}

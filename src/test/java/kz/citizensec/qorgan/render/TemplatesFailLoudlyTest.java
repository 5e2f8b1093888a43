package kz.citizensec.qorgan.render;

import static kz.citizensec.qorgan.testing.TestAnswers.minimal;
import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Templates;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.Test;

/** A template with a mistake is refused (exit 3) with its file, line and the variable named. */
class TemplatesFailLoudlyTest {

    private static Documents withPlanTemplate(String source) {
        Guide guide = TestAnswers.guide();
        Map<String, Templates.Template> templates =
                new LinkedHashMap<>(guide.templates().byKey());
        for (String lang : guide.languages()) {
            templates.put(
                    "plan." + lang, new Templates.Template("plan", lang, "my/plan." + lang + ".md.mustache", source));
        }
        return Documents.of(new Guide(
                guide.id(),
                guide.version(),
                guide.title(),
                guide.languages(),
                guide.allowedDomains(),
                guide.questions(),
                guide.steps(),
                guide.references(),
                new Templates(templates),
                guide.glossary(),
                guide.cases(),
                guide.documents()));
    }

    private static InvalidInputException failure(String source, String lang) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> withPlanTemplate(source).render(minimal(), Lang.of(lang), Lang.of(lang), TODAY));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) thrown;
        assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        return e;
    }

    @Test
    void aMisspeltVariableNamesTheFileLineAndVariable() {
        InvalidInputException e = failure("# Plan\n\nDate: {{date}}\n{{#steps}}- {{{titel}}}\n{{/steps}}", "en");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("my/plan.en.md.mustache");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("titel");
        });
        assertThat(e.getMessage())
                .startsWith("my/plan.en.md.mustache:4: titel: ")
                .contains("'titel'");
    }

    @Test
    void aMisspeltIdInAMapIsAnErrorToo() {
        assertThat(failure("{{text.aplicant_name}}", "en").getMessage()).contains("text.aplicant_name");
        assertThat(failure("{{refs.police_1022.value}}", "en").getMessage()).contains("refs.police_1022.value");
        assertThat(failure("{{#choice.loans.is.maybe}}x{{/choice.loans.is.maybe}}", "en")
                        .getMessage())
                .contains("choice.loans.is.maybe");
    }

    @Test
    void theMessageSpeaksTheDocumentLanguage() {
        assertThat(failure("{{nope}}", "ru").getMessage()).contains("переменная «nope»");
        assertThat(failure("{{nope}}", "kk").getMessage()).contains("«nope» айнымалысы");
    }

    @Test
    void typedTextCannotBeWrittenWithThreeBraces() {
        assertThat(failure("{{{date}}}", "en").getMessage()).contains("two braces");
        assertThat(failure("{{#list.scammer_contacts}}{{{.}}}{{/list.scammer_contacts}}x{{{text.story}}}", "en")
                        .getMessage())
                .contains("text.story");
    }

    @Test
    void guideTextMustBeWrittenWithThreeBraces() {
        assertThat(failure("{{guideTitle}}", "en").getMessage()).contains("three braces");
    }

    @Test
    void partialsAreRefused() {
        assertThat(failure("{{> /etc/passwd}}", "en").getMessage()).contains("partials");
    }

    @Test
    void aSyntaxErrorNamesTheFile() {
        assertThat(failure("{{#steps}} unclosed", "en").getMessage()).startsWith("my/plan.en.md.mustache");
    }

    @Test
    void preparingLeavesABrokenTemplateForRenderingToReport() {
        Documents documents = withPlanTemplate("{{#steps}} never closed");
        documents.prepare(Lang.EN, TODAY);
        documents.prepare(Lang.of("de"), TODAY);
        assertThatThrownBy(() -> documents.render(minimal(), Lang.EN, Lang.EN, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("my/plan.en.md.mustache");
    }

    @Test
    void aTemplatePreparedAheadRendersAsOneCompiledOnFirstUse() {
        String source = "{{#steps}}{{id}}/{{urgency}} {{/steps}}{{date}}";
        Documents prepared = withPlanTemplate(source);
        prepared.prepare(Lang.KK, TODAY);
        assertThat(prepared.render(minimal(), Lang.KK, Lang.KK, TODAY).actionPlan())
                .isEqualTo("block\\_them/now share\\_experience/this\\_week 28.11.2026");
    }

    @Test
    void aCorrectTemplateRenders() {
        Rendered rendered =
                withPlanTemplate("{{#steps}}{{id}}:{{urgency}} {{/steps}}").render(minimal(), Lang.EN, Lang.EN, TODAY);
        assertThat(rendered.actionPlan()).isEqualTo("block\\_them:now share\\_experience:this\\_week ");
    }

    @Test
    void aLanguageTheGuideLacksIsRefusedBeforeRendering() {
        assertThatThrownBy(
                        () -> Documents.of(TestAnswers.guide()).render(minimal(), Lang.of("de"), Lang.of("de"), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

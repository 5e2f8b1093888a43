package kz.citizensec.qorgan.answers;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import org.junit.jupiter.api.Test;

/** docs/answers-file.md, the page for people who write answers files, keeps up with the bundled guide. */
class AnswersFileDocTest {

    static final Guide GUIDE = new GuideLoader(Lang.EN).load(GuideSource.bundled());

    static String page() throws IOException {
        return Files.readString(Path.of("docs", "answers-file.md"));
    }

    @Test
    void everyQuestionOptionAndFieldIsNamedInTheGuidesOrder() throws IOException {
        String page = page();
        String table = page.substring(page.indexOf("## The questions of the bundled guide"));
        int last = -1;
        for (Question question : GUIDE.questions()) {
            int at = table.indexOf("| `" + question.id() + "` |");
            assertThat(at).as(question.id()).isGreaterThan(last);
            last = at;
            String row = table.substring(at, table.indexOf('\n', at));
            for (Option option : question.options()) {
                assertThat(row).as(question.id()).contains("`" + option.id() + "`");
            }
            for (Question field : question.fields()) {
                assertThat(row).as(question.id()).contains("`" + field.id() + "`");
            }
        }
    }

    @Test
    void theExampleIsAValidAnswersFile() throws IOException {
        Matcher example = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(page());
        assertThat(example.find()).isTrue();
        AnswersDocument document = new AnswersFile(GUIDE, Lang.EN, TODAY).parse(example.group(1), "answers-file.md");
        assertThat(document.answers().has("transactions")).isTrue();
        assertThat(document.reportLang()).contains(Lang.RU);
    }
}

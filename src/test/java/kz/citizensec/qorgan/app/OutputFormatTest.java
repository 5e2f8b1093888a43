package kz.citizensec.qorgan.app;

import static org.assertj.core.api.Assertions.assertThat;

import kz.citizensec.qorgan.playbook.DocumentFormat;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

    @Test
    void markdownAndHtmlAreTheDocumentsJsonIsThePlanAlone() {
        assertThat(OutputFormat.of("md").flatMap(OutputFormat::documents)).contains(DocumentFormat.MD);
        assertThat(OutputFormat.of("html").flatMap(OutputFormat::documents)).contains(DocumentFormat.HTML);
        assertThat(OutputFormat.of("json")).contains(OutputFormat.JSON);
        assertThat(OutputFormat.JSON.documents()).isEmpty();
    }

    @Test
    void aDraftsPlainTextIsNoFormOfTheWholeOutput() {
        assertThat(OutputFormat.of("txt")).isEmpty();
        assertThat(OutputFormat.of("MD")).isEmpty();
        assertThat(OutputFormat.ids()).containsExactly("md", "html", "json");
    }
}

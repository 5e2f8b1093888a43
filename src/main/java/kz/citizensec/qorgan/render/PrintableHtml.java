package kz.citizensec.qorgan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.render.Rendered.Document;
import kz.citizensec.qorgan.render.Rendered.Draft;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The documents as self-contained HTML pages to print on A4: inline CSS only, no scripts, nothing
 * to load (a Content-Security-Policy forbids it too), each action plan under a header with the
 * date and, if given, the visitor's name, and every document after the first starting on a new
 * page. The wrapper's words (title, header labels, "page") come from the render bundle, in the
 * language of the document they stand on.
 */
public final class PrintableHtml {

    private static final MarkdownToHtml CONVERTER = new MarkdownToHtml();
    private static final String STYLE = resource("print.css");
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final Rendered rendered;

    private PrintableHtml(Rendered rendered) {
        this.rendered = rendered;
    }

    public static PrintableHtml of(Rendered rendered) {
        return new PrintableHtml(rendered);
    }

    /** Every document in one page: the action plans, then the papers. */
    public String combined() {
        return page(rendered.all(), rendered.pages().isEmpty() ? "html.title.plan" : "html.title.all");
    }

    /**
     * The action plans (one language after the other), then the plain-text drafts, which have no
     * page of their own: the printed plan holds them.
     */
    public String actionPlans() {
        List<Document> documents = new ArrayList<>(rendered.actionPlans());
        documents.addAll(rendered.drafts());
        return page(documents, "html.title.plan");
    }

    /** The police-report draft, when the person asked for one. */
    public Optional<String> report() {
        return paper(DocumentId.REPORT);
    }

    /** One paper on its own page, when it applies. */
    public Optional<String> paper(DocumentId id) {
        return rendered.paper(id).map(this::paper);
    }

    /** A paper of these documents on its own page (a draft's page holds only the draft). */
    public String paper(Document paper) {
        return page(List.of(paper), paper.id().equals(DocumentId.REPORT) ? "html.title.report" : "html.title.letter");
    }

    private String page(List<Document> documents, String titleKey) {
        Lang lang = documents.get(0).lang();
        Messages messages = Messages.of(Documents.BUNDLE, lang);
        StringBuilder html = new StringBuilder(64 * 1024);
        HtmlWriter out = new HtmlWriter(html);
        out.raw("<!DOCTYPE html>");
        out.line();
        out.tag("html", attributes("lang", lang.tag()));
        out.line();
        out.tag("head");
        out.line();
        out.tag("meta", attributes("charset", "utf-8"), true);
        out.line();
        out.tag("meta", attributes("http-equiv", "Content-Security-Policy", "content", POLICY), true);
        out.line();
        out.tag("meta", attributes("name", "viewport", "content", "width=device-width, initial-scale=1"), true);
        out.line();
        out.tag("title");
        out.text(messages.get(titleKey));
        out.tag("/title");
        out.line();
        out.tag("style");
        out.line();
        out.raw(STYLE);
        out.raw(pageNumbers(messages));
        out.tag("/style");
        out.line();
        out.tag("/head");
        out.line();
        out.tag("body");
        out.line();
        for (Document document : documents) {
            out.tag(
                    "article",
                    attributes(
                            "class",
                            "document " + document.id(),
                            "lang",
                            document.lang().tag()));
            out.line();
            if (document.id().equals(DocumentId.PLAN)) {
                header(out, document.lang());
            }
            if (document instanceof Draft draft) {
                draft(out, draft);
            } else if (document.id().equals(DocumentId.PLAN)) {
                out.raw(CONVERTER.toHtml(document.markdown()));
            } else {
                out.raw(CONVERTER.paperToHtml(document.markdown()));
            }
            out.tag("/article");
            out.line();
        }
        out.tag("/body");
        out.line();
        out.tag("/html");
        out.line();
        return html.toString();
    }

    /**
     * A plain-text draft as it is, and for an e-mail a link that opens it in the person's e-mail
     * program, filled in: qorgan sends nothing. The link's address is the guide's reference, which
     * validation keeps on the guide's allowed domains; the Content-Security-Policy does not govern
     * navigation, so the link works with every resource load forbidden.
     */
    private static void draft(HtmlWriter out, Draft draft) {
        out.tag("pre", attributes("class", "draft"));
        out.text(draft.text());
        out.tag("/pre");
        out.line();
        draft.email().ifPresent(email -> {
            out.tag("p", attributes("class", "send"));
            out.tag("a", attributes("href", email.mailto()));
            out.text(Messages.of(Documents.BUNDLE, draft.lang()).get("html.mailto", email.to()));
            out.tag("/a");
            out.tag("/p");
            out.line();
        });
    }

    /** The date the plan was made and, only when the person gave it, their name. */
    private void header(HtmlWriter out, Lang lang) {
        Messages messages = Messages.of(Documents.BUNDLE, lang);
        out.tag("header", attributes("class", "visit"));
        out.line();
        out.tag("span", attributes("class", "date"));
        out.text(messages.get("html.date", new Formats(messages).date(rendered.date())));
        out.tag("/span");
        out.line();
        rendered.visitorName().ifPresent(name -> {
            out.tag("span", attributes("class", "name"));
            out.text(messages.get("html.name", name));
            out.tag("/span");
            out.line();
        });
        out.tag("/header");
        out.line();
    }

    /** "Page 2 / 5" at the foot of each printed page, in the page's first language. */
    private static String pageNumbers(Messages messages) {
        return "@page { @bottom-right { content: " + cssString(messages.get("html.page") + " ")
                + " counter(page) \" / \" counter(pages); } }\n";
    }

    /**
     * A CSS string literal of {@code text}: letters, digits and spaces as they are, anything else
     * as a hex escape, so that no quote, backslash or {@code </style>} can leave the string.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                out.appendCodePoint(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.append('"').toString();
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    private static String resource(String name) {
        try (InputStream in = PrintableHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

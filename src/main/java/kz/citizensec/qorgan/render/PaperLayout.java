package kz.citizensec.qorgan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The shape of a paper (the police report, a letter) as a clerk expects it on the page, found in
 * its Markdown rather than written into each template: what stands before the title ({@code #})
 * is the addressee and applicant block, printed at the top right; the closing, from the last
 * section ({@code ##}: the attachments) to the signature, is kept on one page together with the
 * end of the request before it, so that the signature never stands alone.
 * A rule of three hyphens ({@code ---}) separates two letters of one paper (one to each lender): each begins on a
 * new page and has its own blocks. guides/README.md tells editors.
 */
final class PaperLayout {

    private PaperLayout() {}

    /** A run of a paper's top-level blocks, printed in a {@code div} of this class. */
    static final class Part extends CustomBlock {
        private final String role;

        Part(String role) {
            this.role = role;
        }

        String role() {
            return role;
        }
    }

    static final String PARTIES = "parties";
    static final String CLOSING = "closing";
    static final String LETTER = "letter";
    /** The rule between two letters; a line of underscores stays a line to write on. */
    private static final String LETTER_BREAK = "---";

    /** Groups the top-level blocks of {@code document} in place. */
    static void apply(Node document) {
        List<List<Node>> letters = new ArrayList<>();
        letters.add(new ArrayList<>());
        for (Node node = document.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof ThematicBreak rule
                    && LETTER_BREAK.equals(rule.getLiteral().strip())) {
                node.unlink();
                letters.add(new ArrayList<>());
            } else {
                letters.get(letters.size() - 1).add(node);
            }
            node = next;
        }
        for (List<Node> letter : letters) {
            if (letter.isEmpty()) {
                continue;
            }
            if (letters.size() > 1) {
                wrap(letter, LETTER);
            }
            shape(letter);
        }
    }

    private static void shape(List<Node> letter) {
        int title = -1;
        List<Integer> sections = new ArrayList<>();
        for (int i = 0; i < letter.size(); i++) {
            if (letter.get(i) instanceof Heading heading) {
                if (heading.getLevel() == 1 && title < 0) {
                    title = i;
                } else if (heading.getLevel() == 2 && title >= 0) {
                    sections.add(i);
                }
            }
        }
        if (title < 0) {
            return;
        }
        if (!sections.isEmpty()) {
            wrap(letter.subList(sections.get(sections.size() - 1), letter.size()), CLOSING);
        }
        if (title > 0) {
            wrap(letter.subList(0, title), PARTIES);
        }
    }

    private static void wrap(List<Node> nodes, String role) {
        Part part = new Part(role);
        nodes.get(0).insertBefore(part);
        for (Node node : List.copyOf(nodes)) {
            part.appendChild(node);
        }
    }

    /** Prints a {@link Part} as a {@code div} of its role. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Part.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("div", context.extendAttributes(node, "div", Map.of("class", ((Part) node).role())));
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
            html.line();
        }
    }
}

package kz.citizensec.qorgan.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a document's Markdown into an HTML fragment with commonmark-java: GitHub tables (the
 * transactions) and task lists (the steps' checkboxes). Safe for what the person typed, twice
 * over: the Markdown escaper already made it literal, and here raw HTML is escaped too. URLs are
 * not turned into links (no autolink extension), a link may only be https or mailto, and
 * an image is printed as its description, so that nothing in the page can load or run anything.
 * Thread-safe.
 */
final class MarkdownToHtml {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), TaskListItemsExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    // Our renderer is added before the extensions': the first renderer of a node type wins.
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .nodeRendererFactory(PrintRenderer::new)
            .nodeRendererFactory(PaperLayout.Renderer::new)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof ListItem && node.getFirstChild() instanceof TaskListItemMarker) {
                    attributes.put("class", "task");
                }
            })
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            // A line break inside a paragraph is one the person typed in their story (or one a
            // template placed): printed, as on screen, rather than joined into one line.
            .softbreak("<br>\n")
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("https", "mailto")))
            .build();

    /** The action plan, or any Markdown printed as it is. */
    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** A paper: the same, shaped as a clerk expects it on the page ({@link PaperLayout}). */
    String paperToHtml(String markdown) {
        Node document = parser.parse(markdown);
        PaperLayout.apply(document);
        return renderer.render(document);
    }

    private static final class PrintRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        PrintRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TaskListItemMarker.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof TaskListItemMarker marker) {
                checkbox(marker.isChecked(), node);
            } else {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
            }
        }

        /**
         * A box drawn by CSS borders rather than a form control: an {@code <input type="checkbox">}
         * is drawn by the browser, and some print it faintly or not at all. The role keeps its
         * meaning for screen readers.
         */
        private void checkbox(boolean checked, Node node) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", checked ? "box checked" : "box");
            attributes.put("role", "checkbox");
            attributes.put("aria-checked", Boolean.toString(checked));
            context.getWriter().tag("span", context.extendAttributes(node, "span", attributes));
            context.getWriter().tag("/span");
        }
    }
}

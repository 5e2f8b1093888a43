package kz.citizensec.qorgan.interview.terminal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A Markdown document as lines for the terminal, easier to read than its source: headings stand
 * out, {@code **} and {@code *} are gone, escapes are resolved, a step's {@code - [ ]} is a box
 * (☐, or {@code [ ]} in plain mode, which screen readers say better) and nested items are indented.
 * Parsed by commonmark-java, the library that makes the printable pages, so both read the same
 * document the same way. Control characters never reach the terminal.
 */
final class MarkdownLines {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final String INDENT = "   ";

    private final boolean decorated;

    /** @param decorated boxes and bullets as symbols; else ASCII, for screen readers */
    MarkdownLines(boolean decorated) {
        this.decorated = decorated;
    }

    List<Line> of(String markdown) {
        List<Line> lines = new ArrayList<>();
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            if (!lines.isEmpty()) {
                lines.add(Line.text(""));
            }
            block(block, "", lines);
        }
        return lines;
    }

    private void block(Node block, String indent, List<Line> lines) {
        if (block instanceof Heading) {
            lines.add(new Line(Line.Tone.QUESTION, indent + inline(block)));
        } else if (block instanceof Paragraph) {
            for (String row : inline(block).split("\n", -1)) {
                lines.add(Line.text(indent + row));
            }
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            int number = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber()
                    : 1;
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                String marker = block instanceof OrderedList ? (number++) + "." : decorated ? "•" : "-";
                item(item, marker, indent, lines);
            }
        } else if (block instanceof ThematicBreak) {
            lines.add(Line.text(indent + (decorated ? "─".repeat(40) : "---")));
        } else if (block instanceof FencedCodeBlock code) {
            literal(code.getLiteral(), indent, lines);
        } else if (block instanceof IndentedCodeBlock code) {
            literal(code.getLiteral(), indent, lines);
        } else if (block instanceof HtmlBlock html) {
            literal(html.getLiteral(), indent, lines);
        } else if (block instanceof TableRow) {
            List<String> cells = new ArrayList<>();
            for (Node cell = block.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(inline(cell));
            }
            lines.add(Line.text(indent + String.join(" | ", cells)));
        } else {
            // Block quotes, tables and their sections: their rows and paragraphs, in order.
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                block(child, indent, lines);
            }
        }
    }

    /** A list item: its marker (or box) on the first line of its text, what follows indented under it. */
    private void item(Node item, String marker, String indent, List<Line> lines) {
        Node child = item.getFirstChild();
        if (child instanceof TaskListItemMarker box) {
            marker = box.isChecked() ? (decorated ? "☒" : "[x]") : (decorated ? "☐" : "[ ]");
            child = child.getNext();
        }
        String first = indent + marker + " ";
        String under = indent + INDENT;
        if (child instanceof Paragraph) {
            String[] rows = inline(child).split("\n", -1);
            lines.add(Line.text(first + rows[0]));
            for (int i = 1; i < rows.length; i++) {
                lines.add(Line.text(under + rows[i]));
            }
            child = child.getNext();
        } else {
            lines.add(Line.text(first.stripTrailing()));
        }
        for (; child != null; child = child.getNext()) {
            block(child, under, lines);
        }
    }

    private static void literal(String text, String indent, List<Line> lines) {
        for (String row : text.stripTrailing().split("\n", -1)) {
            lines.add(Line.text(indent + clean(row)));
        }
    }

    /** The text of a block's inline content: emphasis dropped, a link followed by where it goes. */
    private static String inline(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                text.append(clean(t.getLiteral()));
            } else if (node instanceof Code code) {
                text.append(clean(code.getLiteral()));
            } else if (node instanceof HtmlInline html) {
                text.append(clean(html.getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                text.append(' ');
            } else if (node instanceof HardLineBreak) {
                text.append('\n');
            } else if (node instanceof Link link) {
                String label = inline(link);
                String target = clean(link.getDestination());
                text.append(label);
                if (!target.isEmpty() && !target.equals(label) && !target.equals("mailto:" + label)) {
                    text.append(" (").append(target).append(')');
                }
            } else {
                text.append(inline(node));
            }
        }
        return text.toString();
    }

    /** Without control characters: text meant to be read must not move the cursor or recolour the screen. */
    private static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\n]]", "");
    }
}

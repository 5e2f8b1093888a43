package kz.citizensec.qorgan.render;

/**
 * Trusted Markdown from the guide (a step's title, why and how, an option's label): templates
 * write it with three braces, {@code {{{title}}}}, and it goes in as written. Everything else in
 * a template context (above all, what the person typed) is plain text, written with two braces
 * and escaped. {@link DocumentMustacheFactory} refuses the wrong number of braces.
 */
public record Markdown(String text) {

    public static final Markdown EMPTY = new Markdown("");

    @Override
    public String toString() {
        return text;
    }
}

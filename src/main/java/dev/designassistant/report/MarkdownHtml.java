package dev.designassistant.report;

import io.quarkus.qute.RawString;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * The LLM's Markdown as safe HTML: headings, lists, tables, code blocks. Raw HTML in the Markdown is escaped
 * (shown as text, never interpreted) and link and image URLs keep only the http, https and mailto schemes (relative
 * ones too): {@code javascript:}, {@code data:} and every other scheme become an empty link, so no script or markup
 * an LLM writes reaches the page.
 */
final class MarkdownHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    private MarkdownHtml() {
    }

    /** The Markdown as HTML, marked raw for Qute (it is already safe). */
    static RawString render(String markdown) {
        return new RawString(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}

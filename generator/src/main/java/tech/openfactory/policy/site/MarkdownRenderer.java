package tech.openfactory.policy.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to publish. Two layers, because prose may come from outside contributors: flexmark
 * escapes raw HTML so it shows as text, and the result is then cleaned with a jsoup {@link Safelist} that keeps
 * only text formatting and links to http, https, mailto and in-page anchors ({@code javascript:} links lose their
 * href). Headings are not allowed in prose: the page's outline comes from the policy's structure.
 */
final class MarkdownRenderer {
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "ul", "ol", "li", "strong", "em", "code", "blockquote", "a")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto", "#");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Paragraphs, lists and inline formatting. */
    String block(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, "", SAFELIST, output).strip();
    }

    /** One paragraph without its {@code <p>}, for table cells and list items. */
    String inline(String markdown) {
        String html = block(markdown);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}

package tech.openfactory.policy.site;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The structural finish of a rendered page, done on the parsed HTML so templates stay simple: numbers the
 * numbered sections ("1. What we collect"), gives every heading a stable anchor id, and fills the table of
 * contents ({@code <nav id="toc">}) from the sections in page order.
 */
final class PagePostProcessor {

    String process(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));

        int number = 0;
        for (Element section : doc.select("section[data-numbered]")) {
            Element heading = section.selectFirst("h2");
            if (heading != null) {
                number++;
                heading.prependText(" ").prepend("<span class=\"section-number\">" + number + ".</span>");
            }
            section.removeAttr("data-numbered");
        }

        // Sections carry ids from the template, taken from YAML keys so they survive rewording and reordering;
        // their headings are named after them and label them for assistive technology.
        for (Element section : doc.select("section[id]:has(> h2)")) {
            Element heading = section.selectFirst("> h2");
            if (heading.id().isEmpty()) {
                heading.id(unique(section.id() + "-title", ids));
            }
            if (!section.hasAttr("aria-labelledby")) {
                section.attr("aria-labelledby", heading.id());
            }
        }
        // Any other heading gets an id from its words, unique within the page.
        for (Element heading : doc.select("h2, h3, h4")) {
            if (heading.id().isEmpty()) {
                heading.id(unique(slug(heading.text()), ids));
            }
        }

        Element toc = doc.getElementById("toc");
        if (toc != null) {
            Element list = toc.appendElement("ol");
            for (Element section : doc.select("main section[id]:has(> h2)")) {
                Element heading = section.selectFirst("> h2");
                Element link = list.appendElement("li").appendElement("a").attr("href", "#" + section.id());
                Element num = heading.selectFirst(".section-number");
                if (num != null) {
                    link.appendElement("span").addClass("section-number").text(num.text());
                    link.appendText(" ");
                }
                if (heading.select("> span[lang]").isEmpty()) {
                    link.appendText(heading.ownText().strip());
                } else {
                    // A title a translated page shows in English: the contents keep it marked, without the note.
                    heading.select("> span[lang]").forEach(span -> link.appendChild(span.clone()));
                }
            }
        }
        return doc.outerHtml() + "\n";
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}

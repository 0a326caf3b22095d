package tech.openfactory.policy.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * OpenFactory's policy as published (a copy of the seed text kept with the tests), and how a page's text is read
 * to look for it: a sentence at a time, whatever markup stands between sentences.
 */
final class SeedText {
    /** The seed's two tables, cell by cell; the seed text carries them flattened. */
    static final List<List<String>> TABLE_ROWS = List.of(
            List.of("Data", "Kept for", "After deletion"),
            List.of("Account information", "While the account exists", "Removed within 30 days"),
            List.of("Builds and recipes", "While the account exists", "Removed within 30 days"),
            List.of("ISO images", "Up to 90 days after build", "Purged automatically"),
            List.of("Conversations", "While the account exists", "Removed within 30 days"),
            List.of("Security logs", "Typically 90 days", "Purged automatically"),
            List.of("Audit logs for regulated workflows", "Up to 7 years when required", "Retained as required by law or contract"),
            List.of("Cookie or signal", "Purpose", "Required"),
            List.of("Session cookie", "Keeps you signed in and maintains session state", "Yes"),
            List.of("Analytics cookies", "Measure marketing-site traffic and navigation patterns", "No"));

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "nav", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody",
            "br", "address", "caption", "blockquote");

    private SeedText() {}

    static String seed() throws IOException {
        try (InputStream in = SeedText.class.getResourceAsStream("/seed/openfactory-privacy-policy.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed's sentences, one unit each; table lines are left to {@link #TABLE_ROWS}. */
    static List<String> units(String seed) {
        Set<String> flatRows = new java.util.HashSet<>();
        TABLE_ROWS.forEach(r -> flatRows.add(String.join("", r)));
        List<String> units = new ArrayList<>();
        for (String line : seed.split("\n")) {
            String text = normalize(line.replace("\u2022", ""));
            if (text.isEmpty() || flatRows.contains(text)) {
                continue;
            }
            for (String sentence : text.split("(?<=[.!?])\\s+(?=[A-Z])")) {
                units.add(sentence.strip());
            }
        }
        return units;
    }

    /** The page's body text with blocks on their own lines joined by spaces, inline markup joined as written. */
    static String pageText(Document page) {
        StringBuilder text = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append(' ');
                }
            }
        });
        return normalize(text.toString());
    }

    static List<List<String>> tableRows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : page.select("tr")) {
            rows.add(tr.select("> th, > td").stream().map(c -> normalize(c.text())).toList());
        }
        return rows;
    }

    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}

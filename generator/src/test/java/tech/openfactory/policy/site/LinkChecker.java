package tech.openfactory.policy.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks a built site and lists every internal link or anchor that leads nowhere. Absolute links to the site's own
 * address (the hreflang alternates are absolute, as search engines want them) are followed into the site too.
 */
final class LinkChecker {
    /** Where the sites of the tests are published, from the policies' {@code contact.website}. */
    static final String BASE = "https://openfactory.tech/privacy/";

    private LinkChecker() {}

    static List<String> broken(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : Project.tree(site).keySet()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Path page = site.resolve(file);
            Document doc = Jsoup.parse(page.toFile());
            for (Element a : doc.select("a[href], link[href]")) {
                String href = a.attr("href");
                boolean own = href.startsWith(BASE);
                if (!own && href.matches("(?i)^(https?|mailto|tel):.*")) {
                    continue;
                }
                String[] parts = href.split("#", 2);
                Path target = own ? site.resolve("privacy/" + parts[0].substring(BASE.length())).normalize()
                        : parts[0].isEmpty() ? page : page.getParent().resolve(parts[0]).normalize();
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                if (!target.startsWith(site) || !Files.exists(target)) {
                    broken.add(file + " -> " + href);
                } else if (parts.length == 2 && Jsoup.parse(target.toFile()).getElementById(parts[1]) == null) {
                    broken.add(file + " -> " + href + " (no such anchor)");
                }
            }
        }
        return broken;
    }
}

package tech.openfactory.policy.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * {@code /privacy/feed.xml}: an Atom entry per published version, newest first, material ones marked; and
 * {@code /privacy/<lang>/feed.xml} for each language of the version in force, its words in that language and each
 * entry linking the version's page in it where there is one.
 */
final class FeedRenderer {
    static final String TEMPLATE = "feed.peb";

    private FeedRenderer() {}

    static void render(PageContext site, SortedMap<String, byte[]> files) throws SiteException {
        if (site.history.versions().isEmpty()) {
            return;
        }
        List<PublishedVersion> entries = new ArrayList<>(site.history.versions());
        Collections.reverse(entries);
        files.put("privacy/feed.xml", Pages.utf8(feed(site, entries, site.english)));
        for (PageTranslation translation : site.indexLanguages()) {
            files.put("privacy/" + translation.tag() + "/feed.xml",
                    Pages.utf8(feed(site, entries, site.language(translation))));
        }
    }

    private static String feed(PageContext site, List<PublishedVersion> entries, PageLanguage lang)
            throws SiteException {
        Map<String, Object> vars = site.variables("", lang, List.of());
        vars.put(PolicyExtension.POLICY, lang.isEnglish() ? site.history.latest().orElseThrow().policy()
                : site.current.policy());
        vars.put("entries", entries);
        vars.put("base", site.baseUrl());
        return site.templates.text(TEMPLATE, vars);
    }
}

package tech.openfactory.policy.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.PublishedVersion;

/** {@code /privacy/feed.xml}: an Atom entry per published version, newest first, material ones marked. */
final class FeedRenderer {
    static final String TEMPLATE = "feed.peb";

    private FeedRenderer() {}

    static void render(PageContext site, SortedMap<String, byte[]> files) throws SiteException {
        if (site.history.versions().isEmpty()) {
            return;
        }
        List<PublishedVersion> entries = new ArrayList<>(site.history.versions());
        Collections.reverse(entries);
        Map<String, Object> vars = site.variables("");
        vars.put(PolicyExtension.POLICY, site.history.latest().orElseThrow().policy());
        vars.put("entries", entries);
        vars.put("base", site.baseUrl());
        files.put("privacy/feed.xml", Pages.utf8(site.templates.text(TEMPLATE, vars)));
    }
}

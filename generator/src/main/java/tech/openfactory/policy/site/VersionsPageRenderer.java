package tech.openfactory.policy.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * {@code /privacy/versions/}: every published version, newest first, with its dates, kind and summary; and
 * {@code /privacy/<lang>/versions/} for each language of the version in force, linking each version's page in that
 * language where it has one.
 */
final class VersionsPageRenderer {
    static final String TEMPLATE = "versions.peb";

    /** One row of the list. */
    public record Row(PublishedVersion version, PageStatus status, boolean hasChanges) {}

    private VersionsPageRenderer() {}

    static void render(PageContext site, SortedMap<String, byte[]> files) throws SiteException {
        if (site.history.versions().isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (PublishedVersion version : site.history.versions()) {
            rows.add(new Row(version, site.status(version), site.history.previous(version).isPresent()));
        }
        Collections.reverse(rows);
        List<PageTranslation> languages = site.indexLanguages();
        files.put("privacy/versions/index.html", Pages.utf8(page(site, rows, "../", site.english,
                site.alternates("../", Messages.ENGLISH, "versions/", languages, t -> t.tag() + "/versions/"))));
        for (PageTranslation translation : languages) {
            String root = "../../";
            files.put("privacy/" + translation.tag() + "/versions/index.html", Pages.utf8(page(site, rows, root,
                    site.language(translation), site.alternates(root, translation.tag(), "versions/", languages,
                            t -> t.tag() + "/versions/"))));
        }
    }

    private static String page(PageContext site, List<Row> rows, String root, PageLanguage lang,
            List<PageContext.Alternate> alternates) throws SiteException {
        Map<String, Object> vars = site.variables(root, lang, alternates);
        // The title as the version in force words it: the list is reached from its page.
        vars.put(PolicyExtension.POLICY, lang.isEnglish() ? site.history.latest().orElseThrow().policy()
                : site.current.policy());
        vars.put("rows", rows);
        return site.templates.page(TEMPLATE, vars);
    }
}

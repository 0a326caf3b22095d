package tech.openfactory.policy.site;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * The policy pages: {@code /privacy/} (the version in force, with notice of an upcoming one) and
 * {@code /privacy/<last-updated>/} for every published version, each with its {@code policy.json} and PDF; and in
 * every language a version was released with, {@code /privacy/<last-updated>/<lang>/} with its PDF, and
 * {@code /privacy/<lang>/} for the languages of the version in force.
 */
final class PolicyPageRenderer {
    static final String TEMPLATE = "privacy.peb";

    private PolicyPageRenderer() {}

    static void render(PageContext site, SortedMap<String, byte[]> files) throws SiteException {
        List<PageTranslation> indexLanguages = site.indexLanguages();
        if (site.current == null) {
            // Nothing published yet: the living policy is the page.
            Policy living = site.history.living();
            files.put("privacy/index.html", Pages.utf8(page(site, living, null, "", PageStatus.LIVING, site.english,
                    indexAlternates(site, "", Messages.ENGLISH, indexLanguages), null)));
            for (PageTranslation translation : indexLanguages) {
                String root = "../";
                files.put("privacy/" + translation.tag() + "/index.html", Pages.utf8(page(site, living, null, root,
                        PageStatus.LIVING, site.language(translation),
                        indexAlternates(site, root, translation.tag(), indexLanguages), translation)));
            }
            return;
        }
        files.put("privacy/index.html", Pages.utf8(page(site, site.current.policy(), site.current, "", PageStatus.INDEX,
                site.english, indexAlternates(site, "", Messages.ENGLISH, indexLanguages), null)));
        for (PageTranslation translation : indexLanguages) {
            String root = "../";
            files.put("privacy/" + translation.tag() + "/index.html", Pages.utf8(page(site, site.current.policy(),
                    site.current, root, PageStatus.INDEX, site.language(translation),
                    indexAlternates(site, root, translation.tag(), indexLanguages), translation)));
        }
        site.eachVersion(version -> {
            String dir = "privacy/" + version.id() + "/";
            List<PageTranslation> languages = site.translations.of(version);
            String html = page(site, version.policy(), version, "../", site.status(version), site.english,
                    versionAlternates(site, "../", Messages.ENGLISH, version, languages), null);
            Map<String, byte[]> out = new java.util.HashMap<>();
            out.put(dir + "index.html", Pages.utf8(html));
            out.put(dir + "policy.json", Pages.utf8(PolicyJson.of(version, site.baseUrl() + version.id() + "/")));
            out.put(dir + "policy.pdf", pdf(site, html, site.english, version, dir));
            for (PageTranslation translation : languages) {
                String translatedDir = dir + translation.tag() + "/";
                PageLanguage lang = site.language(translation);
                String translated = page(site, version.policy(), version, "../../", site.status(version), lang,
                        versionAlternates(site, "../../", translation.tag(), version, languages), translation);
                out.put(translatedDir + "index.html", Pages.utf8(translated));
                if (lang.isPrintable()) {
                    out.put(translatedDir + "policy.pdf", pdf(site, translated, lang, version, translatedDir));
                }
            }
            return out;
        }, files);
    }

    private static byte[] pdf(PageContext site, String html, PageLanguage lang, PublishedVersion version, String dir)
            throws SiteException {
        Policy policy = version.policy();
        String title = lang.messages.plain("pdf.title", Map.of("title",
                lang.translated("title").orElse(policy.title()), "controller", policy.controller(), "id",
                version.id()));
        return site.pdf.render(html, site.pdfStylesheet, title, version.lastUpdated(),
                site.previous == null ? null : site.previous.resolve(dir + "policy.pdf"));
    }

    private static List<PageContext.Alternate> indexAlternates(PageContext site, String root, String tag,
            List<PageTranslation> languages) {
        return site.alternates(root, tag, "", languages, t -> t.tag() + "/");
    }

    private static List<PageContext.Alternate> versionAlternates(PageContext site, String root, String tag,
            PublishedVersion version, List<PageTranslation> languages) {
        return site.alternates(root, tag, version.id() + "/", languages, t -> version.id() + "/" + t.tag() + "/");
    }

    private static String page(PageContext site, Policy policy, PublishedVersion version, String root,
            PageStatus status, PageLanguage lang, List<PageContext.Alternate> alternates, PageTranslation translation)
            throws SiteException {
        Map<String, Object> vars = site.variables(root, lang, alternates);
        vars.put(PolicyExtension.POLICY, policy);
        vars.put("version", version);
        vars.put("status", status);
        vars.put("previous", version == null ? null : site.history.previous(version).orElse(null));
        if (translation == null) {
            return site.templates.page(TEMPLATE, vars);
        }
        vars.put("translationOf", site.translationOf(translation, version, root));
        String html = site.templates.page(TEMPLATE, vars);
        if (html.contains(InEnglish.NOTE_CLASS)) {
            // Some passage is shown in English: the banner says so, and how such passages are marked.
            vars.put("partlyEnglish", true);
            html = site.templates.page(TEMPLATE, vars);
        }
        return html;
    }
}

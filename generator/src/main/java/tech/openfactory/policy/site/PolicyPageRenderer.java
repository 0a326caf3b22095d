package tech.openfactory.policy.site;

import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * The policy pages: {@code /privacy/} (the version in force, with notice of an upcoming one) and
 * {@code /privacy/<last-updated>/} for every published version, each with its {@code policy.json}.
 */
final class PolicyPageRenderer {
    static final String TEMPLATE = "privacy.peb";

    private PolicyPageRenderer() {}

    static void render(PageContext site, SortedMap<String, byte[]> files) throws SiteException {
        if (site.current == null) {
            // Nothing published yet: the living policy is the page.
            files.put("privacy/index.html", Pages.utf8(page(site, site.history.living(), null, "", PageStatus.LIVING)));
            return;
        }
        files.put("privacy/index.html", Pages.utf8(page(site, site.current.policy(), site.current, "", PageStatus.INDEX)));
        site.eachVersion(version -> {
            String dir = "privacy/" + version.id() + "/";
            String html = page(site, version.policy(), version, "../", site.status(version));
            Map<String, byte[]> out = new java.util.HashMap<>();
            out.put(dir + "index.html", Pages.utf8(html));
            out.put(dir + "policy.json", Pages.utf8(PolicyJson.of(version, site.baseUrl() + version.id() + "/")));
            out.put(dir + "policy.pdf", site.pdf.render(html, site.pdfStylesheet, version.policy().title() + " of "
                    + version.policy().controller() + ", " + version.id(), version.lastUpdated(),
                    site.previous == null ? null : site.previous.resolve(dir + "policy.pdf")));
            return out;
        }, files);
    }

    private static String page(PageContext site, Policy policy, PublishedVersion version, String root, PageStatus status)
            throws SiteException {
        Map<String, Object> vars = site.variables(root);
        vars.put(PolicyExtension.POLICY, policy);
        vars.put("version", version);
        vars.put("status", status);
        vars.put("previous", version == null ? null : site.history.previous(version).orElse(null));
        return site.templates.page(TEMPLATE, vars);
    }
}

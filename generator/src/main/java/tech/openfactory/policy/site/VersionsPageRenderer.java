package tech.openfactory.policy.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.PublishedVersion;

/** {@code /privacy/versions/}: every published version, newest first, with its dates, kind and summary. */
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
        Map<String, Object> vars = site.variables("../");
        vars.put(PolicyExtension.POLICY, site.history.latest().orElseThrow().policy());
        vars.put("rows", rows);
        files.put("privacy/versions/index.html", Pages.utf8(site.templates.page(TEMPLATE, vars)));
    }
}

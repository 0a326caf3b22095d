package tech.openfactory.policy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import tech.openfactory.policy.model.Commitment;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.Purpose;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RetentionRule;
import tech.openfactory.policy.model.Right;

/**
 * The comparison for the cold-build benchmark: a Hugo site holding the same policy as one Markdown page, so Hugo
 * renders what our build renders. Placeholders are left as written; the words of the retention table are
 * approximated. A benchmark input, not a second renderer.
 *
 * <pre>java -cp bench/target/benchmarks.jar tech.openfactory.policy.bench.HugoSiteWriter content/privacy/policy.yaml bench/target/hugo</pre>
 */
public final class HugoSiteWriter {
    private HugoSiteWriter() {}

    public static void main(String[] args) throws Exception {
        Policy p = PolicyLoader.builder().build().load(Path.of(args[0]));
        Path site = Path.of(args[1]);
        StringBuilder md = new StringBuilder("---\ntitle: \"" + p.title() + "\"\n---\n\n");
        md.append("Effective date: ").append(p.effective()).append(" · Last updated: ").append(p.lastUpdated()).append("\n\n");
        md.append("## ").append(p.summary().title()).append("\n\n").append(p.summary().text()).append("\n\n");
        md.append(p.intro()).append("\n\n");
        md.append("## 1. ").append(p.collection().title()).append("\n\n").append(p.collection().intro()).append("\n\n");
        for (DataCategory c : p.collection().categories()) {
            md.append("### ").append(c.name()).append("\n\n").append(c.description()).append("\n\n");
        }
        md.append("## 2. ").append(p.use().title()).append("\n\n");
        for (Purpose purpose : p.use().purposes()) {
            md.append("- **").append(purpose.name()).append(":** ").append(purpose.description()).append('\n');
        }
        md.append("\n## 3. ").append(p.restrictions().title()).append("\n\n");
        for (Commitment commitment : p.restrictions().commitments()) {
            md.append("- ").append(commitment.text()).append('\n');
        }
        md.append("\n## 4. ").append(p.sharing().title()).append("\n\n").append(p.sharing().intro()).append("\n\n");
        for (Recipient recipient : p.sharing().recipients()) {
            md.append("- **").append(recipient.name()).append(":** ").append(recipient.description()).append('\n');
        }
        md.append("\n## 5. ").append(p.retention().title()).append("\n\n").append(p.retention().intro()).append("\n\n");
        md.append("| Data | Kept for | After deletion |\n|---|---|---|\n");
        for (RetentionRule rule : p.retention().rules()) {
            md.append("| ").append(rule.label()).append(" | ").append(rule.keptFor()).append(" | ")
                    .append(rule.afterDeletion()).append(" |\n");
        }
        md.append('\n').append(p.retention().note()).append("\n\n## 6. ").append(p.rights().title()).append("\n\n");
        for (Right right : p.rights().rights()) {
            md.append("- **").append(right.name()).append(":** ").append(right.description()).append('\n');
        }
        md.append('\n').append(p.rights().requests()).append("\n\n## 7. ").append(p.security().title()).append("\n\n");
        for (Commitment commitment : p.security().commitments()) {
            md.append("- ").append(commitment.text()).append('\n');
        }
        md.append("\n## 8. ").append(p.cookies().title()).append("\n\n").append(p.cookies().intro()).append("\n\n");
        md.append("| Cookie or signal | Purpose | Required |\n|---|---|---|\n");
        for (Cookie cookie : p.cookies().cookies()) {
            md.append("| ").append(cookie.name()).append(" | ").append(cookie.purpose()).append(" | ")
                    .append(cookie.required() ? "Yes" : "No").append(" |\n");
        }
        var cc = p.childrenAndChanges();
        md.append('\n').append(p.cookies().note()).append("\n\n## 9. ").append(cc.title()).append("\n\n### ")
                .append(cc.children().title()).append("\n\n").append(cc.children().text()).append("\n\n### ")
                .append(cc.changes().title()).append("\n\n").append(cc.changes().text()).append("\n\n## 10. ")
                .append(p.contact().title()).append("\n\n").append(p.contact().intro()).append("\n\n")
                .append(p.controller()).append("\n\nEmail: ").append(p.contact().email()).append("\n\nWebsite: ")
                .append(p.contact().website()).append("\n\n").append(p.contact().note()).append('\n');
        Files.createDirectories(site.resolve("content/privacy"));
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("content/privacy/_index.md"), md);
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://openfactory.tech/'\nlanguageCode = 'en'\n"
                + "title = 'OpenFactory'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
        String layout = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
                + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><main>{{ .Content }}</main></body></html>\n";
        Files.writeString(site.resolve("layouts/_default/list.html"), layout);
        Files.writeString(site.resolve("layouts/_default/single.html"), layout);
        Files.writeString(site.resolve("layouts/index.html"), layout);
        System.out.println("wrote a Hugo site to " + site);
    }
}

package tech.openfactory.policy.model;

import java.util.ArrayList;
import java.util.List;

/** Every passage of text a policy shows, in page order, keyed by ids: what a prose redline compares. */
public final class PolicyText {
    private PolicyText() {}

    public static List<Passage> passages(Policy p) {
        List<Passage> out = new ArrayList<>();
        add(out, "title", "Title", p.title());
        add(out, "summary.title", p.summary().title(), p.summary().title());
        add(out, "summary.text", p.summary().title(), p.summary().text());
        add(out, "intro", "Introduction", p.intro());

        Policy.Collection collection = p.collection();
        String c = collection.title();
        add(out, "collection.title", c, collection.title());
        add(out, "collection.intro", c, collection.intro());
        for (DataCategory category : collection.categories()) {
            String key = "collection.categories." + category.id();
            add(out, key + ".name", c + " › " + category.name(), category.name());
            add(out, key + ".description", c + " › " + category.name(), category.description());
        }

        String u = p.use().title();
        add(out, "use.title", u, u);
        for (Purpose purpose : p.use().purposes()) {
            add(out, "use.purposes." + purpose.id() + ".name", u + " › " + purpose.name(), purpose.name());
            add(out, "use.purposes." + purpose.id() + ".description", u + " › " + purpose.name(), purpose.description());
        }

        String r = p.restrictions().title();
        add(out, "restrictions.title", r, r);
        for (Commitment commitment : p.restrictions().commitments()) {
            add(out, "restrictions.commitments." + commitment.id(), r, commitment.text());
        }

        Policy.Sharing sharing = p.sharing();
        add(out, "sharing.title", sharing.title(), sharing.title());
        add(out, "sharing.intro", sharing.title(), sharing.intro());
        for (Recipient recipient : sharing.recipients()) {
            String label = sharing.title() + " › " + recipient.name();
            add(out, "sharing.recipients." + recipient.id() + ".name", label, recipient.name());
            add(out, "sharing.recipients." + recipient.id() + ".description", label, recipient.description());
        }

        Policy.Retention retention = p.retention();
        add(out, "retention.title", retention.title(), retention.title());
        add(out, "retention.intro", retention.title(), retention.intro());
        for (RetentionRule rule : retention.rules()) {
            add(out, "retention.rules." + rule.id() + ".label", retention.title(), rule.label());
        }
        add(out, "retention.note", retention.title(), retention.note());

        Policy.Rights rights = p.rights();
        add(out, "rights.title", rights.title(), rights.title());
        for (Right right : rights.rights()) {
            add(out, "rights.rights." + right.id() + ".name", rights.title() + " › " + right.name(), right.name());
            add(out, "rights.rights." + right.id() + ".description", rights.title() + " › " + right.name(),
                    right.description());
        }
        add(out, "rights.requests", rights.title(), rights.requests());

        String s = p.security().title();
        add(out, "security.title", s, s);
        for (Commitment commitment : p.security().commitments()) {
            add(out, "security.commitments." + commitment.id(), s, commitment.text());
        }

        Policy.Cookies cookies = p.cookies();
        add(out, "cookies.title", cookies.title(), cookies.title());
        add(out, "cookies.intro", cookies.title(), cookies.intro());
        for (Cookie cookie : cookies.cookies()) {
            add(out, "cookies.cookies." + cookie.id() + ".name", cookies.title(), cookie.name());
            add(out, "cookies.cookies." + cookie.id() + ".purpose", cookies.title() + " › " + cookie.name(),
                    cookie.purpose());
        }
        add(out, "cookies.note", cookies.title(), cookies.note());

        Policy.ChildrenAndChanges cc = p.childrenAndChanges();
        add(out, "childrenAndChanges.title", cc.title(), cc.title());
        add(out, "childrenAndChanges.children.title", cc.title() + " › " + cc.children().title(), cc.children().title());
        add(out, "childrenAndChanges.children.text", cc.title() + " › " + cc.children().title(), cc.children().text());
        add(out, "childrenAndChanges.changes.title", cc.title() + " › " + cc.changes().title(), cc.changes().title());
        add(out, "childrenAndChanges.changes.text", cc.title() + " › " + cc.changes().title(), cc.changes().text());

        Policy.Contact contact = p.contact();
        add(out, "contact.title", contact.title(), contact.title());
        add(out, "contact.intro", contact.title(), contact.intro());
        add(out, "contact.note", contact.title(), contact.note());
        return out;
    }

    private static void add(List<Passage> out, String key, String label, Object text) {
        if (text != null) {
            out.add(new Passage(key, label, text.toString()));
        }
    }
}

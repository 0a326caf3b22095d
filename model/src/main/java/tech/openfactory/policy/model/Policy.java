package tech.openfactory.policy.model;

import java.time.LocalDate;
import java.util.List;

/**
 * OpenFactory's privacy policy as one immutable value: every fact the page shows and the compliance checks read.
 * Obtain one with {@link PolicyLoader}; a loaded policy is complete and internally consistent.
 *
 * @param title              the page title, e.g. "Privacy Policy"
 * @param controller         the legal entity responsible for the data
 * @param effective          the date this version takes effect
 * @param lastUpdated        the date this version was last changed
 * @param summary            "the short version"
 * @param intro              the paragraph after the summary
 * @param collection         §1: data categories and their elements
 * @param use                §2: purposes
 * @param restrictions       §3: what we do not do
 * @param sharing            §4: recipients
 * @param retention          §5: retention rules
 * @param rights             §6: rights and how requests are answered
 * @param security           §7: security commitments
 * @param cookies            §8: cookies
 * @param childrenAndChanges §9: minimum age and change notice
 * @param contact            §10: contact
 * @param code               how the compliance checks read code against this policy; not shown on the page
 */
public record Policy(
        String title,
        String controller,
        LocalDate effective,
        LocalDate lastUpdated,
        Summary summary,
        Prose intro,
        Collection collection,
        Use use,
        Restrictions restrictions,
        Sharing sharing,
        Retention retention,
        Rights rights,
        Security security,
        Cookies cookies,
        ChildrenAndChanges childrenAndChanges,
        Contact contact,
        CodeRules code) {

    /** "The short version" at the top of the page. */
    public record Summary(String title, Prose text) {}

    /** §1: what is collected. */
    public record Collection(String title, Prose intro, List<DataCategory> categories) {}

    /** §2: why it is used. */
    public record Use(String title, List<Purpose> purposes) {}

    /** §3: things the company promises never to do. */
    public record Restrictions(String title, List<Commitment> commitments) {}

    /** §4: who receives data. */
    public record Sharing(String title, Prose intro, List<Recipient> recipients) {}

    /** §5: how long data is kept; {@code note} may be null. */
    public record Retention(String title, Prose intro, List<RetentionRule> rules, Prose note) {}

    /** §6: the rights a person has and how fast requests are answered. */
    public record Rights(String title, List<Right> rights, Period responseTime, Prose requests) {}

    /** §7: security commitments. */
    public record Security(String title, List<Commitment> commitments) {}

    /** §8: cookies and similar technologies; {@code intro} and {@code note} may be null. */
    public record Cookies(String title, Prose intro, List<Cookie> cookies, Prose note) {}

    /** §9: who may use the service and how changes are announced. */
    public record ChildrenAndChanges(String title, Children children, ChangeNotice changes) {}

    /** The minimum age; {@code text} states it in words. */
    public record Children(String title, int minimumAge, Prose text) {}

    /**
     * How the company announces a change of this policy; {@code noticePeriod} (may be null) is how long before a
     * material change takes effect it is published.
     */
    public record ChangeNotice(String title, Prose text, Period noticePeriod) {}

    /** §10: how to reach the controller; {@code note} may be null. */
    public record Contact(String title, Prose intro, String email, String website, Prose note) {}
}

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
 * @param lint               the legal-completeness lint's accepted gaps; null when the file has no {@code lint:}
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
        CodeRules code,
        Lint lint) {

    /** The items of the legal-completeness lint legal has marked not applicable; empty when none. */
    public List<AcceptedGap> acceptedGaps() {
        return lint == null ? List.of() : lint.accepted();
    }

    /** The lint's settings: the gaps legal accepts, each with a reason. Not shown on the page. */
    public record Lint(List<AcceptedGap> accepted) {
        public Lint {
            accepted = List.copyOf(accepted);
        }
    }

    /** "The short version" at the top of the page. */
    public record Summary(String title, Prose text) {}

    /**
     * §1: what is collected.
     *
     * @param sources where data comes from, referred to by the categories; null when the policy does not say
     */
    public record Collection(String title, Prose intro, List<DataCategory> categories, List<Source> sources) {
        public Collection {
            categories = List.copyOf(categories);
            sources = sources == null ? null : List.copyOf(sources);
        }

        public java.util.Optional<Source> source(String id) {
            return sources == null ? java.util.Optional.empty()
                    : sources.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    /**
     * §2: why it is used.
     *
     * @param automatedDecisions decisions made by automated means only; empty when the policy says there are none,
     *                           null when it does not say
     */
    public record Use(String title, List<Purpose> purposes, List<AutomatedDecision> automatedDecisions) {
        public Use {
            purposes = List.copyOf(purposes);
            automatedDecisions = automatedDecisions == null ? null : List.copyOf(automatedDecisions);
        }
    }

    /** §3: things the company promises never to do. */
    public record Restrictions(String title, List<Commitment> commitments) {
        public Restrictions {
            commitments = List.copyOf(commitments);
        }
    }

    /**
     * §4: who receives data.
     *
     * @param optOutLink              the "Do Not Sell or Share My Personal Information" page (CCPA §1798.135), an
     *                                https address; null when not stated
     * @param optOutPreferenceSignals how opt-out preference signals such as Global Privacy Control are honoured; null
     *                                when not stated
     */
    public record Sharing(String title, Prose intro, List<Recipient> recipients, String optOutLink,
            Prose optOutPreferenceSignals) {
        public Sharing {
            recipients = List.copyOf(recipients);
        }
    }

    /** §5: how long data is kept; {@code note} may be null. */
    public record Retention(String title, Prose intro, List<RetentionRule> rules, Prose note) {
        public Retention {
            rules = List.copyOf(rules);
        }
    }

    /**
     * §6: the rights a person has and how fast requests are answered.
     *
     * @param requestMethods   the ways to submit a request; null when the policy does not say
     * @param verification     how a request is verified; null when not stated
     * @param authorizedAgents how an authorised agent makes a request for someone; null when not stated
     */
    public record Rights(String title, List<Right> rights, Period responseTime, Prose requests,
            List<RequestMethod> requestMethods, Prose verification, Prose authorizedAgents) {
        public Rights {
            rights = List.copyOf(rights);
            requestMethods = requestMethods == null ? null : List.copyOf(requestMethods);
        }

        /** Whether some right of the policy is of this kind. */
        public boolean has(Right.Kind kind) {
            return rights.stream().anyMatch(r -> r.kind() == kind);
        }
    }

    /** §7: security commitments. */
    public record Security(String title, List<Commitment> commitments) {
        public Security {
            commitments = List.copyOf(commitments);
        }
    }

    /** §8: cookies and similar technologies; {@code intro} and {@code note} may be null. */
    public record Cookies(String title, Prose intro, List<Cookie> cookies, Prose note) {
        public Cookies {
            cookies = List.copyOf(cookies);
        }
    }

    /** §9: who may use the service and how changes are announced. */
    public record ChildrenAndChanges(String title, Children children, ChangeNotice changes) {}

    /** The minimum age; {@code text} states it in words. */
    public record Children(String title, int minimumAge, Prose text) {}

    /**
     * How the company announces a change of this policy; {@code noticePeriod} (may be null) is how long before a
     * material change takes effect it is published.
     */
    public record ChangeNotice(String title, Prose text, Period noticePeriod) {}

    /**
     * §10: how to reach the controller; {@code note} may be null.
     *
     * @param address              the controller's postal address; null when not stated
     * @param dpo                  the data protection officer, or none appointed; null when the policy does not say
     * @param euRepresentative     the representative in the EU (GDPR Art. 27), or none; null when not stated
     * @param ukRepresentative     the representative in the UK (UK GDPR Art. 27), or none; null when not stated
     * @param supervisoryAuthority the lead authority for complaints; null when not stated
     */
    public record Contact(String title, Prose intro, String email, String website, Prose note, Prose address,
            Appointment dpo, Appointment euRepresentative, Appointment ukRepresentative,
            SupervisoryAuthority supervisoryAuthority) {}
}

package tech.openfactory.policy.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.CcpaCategory;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.LegalBasis;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLocations;
import tech.openfactory.policy.model.Provision;
import tech.openfactory.policy.model.Purpose;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.Right;
import tech.openfactory.policy.model.Transfer;

/**
 * The checks of the {@link LintItem}s. Each reads the policy's facts and reports what is not stated at the path
 * where it would go; the message says what to write. A check never guesses a fact: it asks for it.
 */
final class NoticeChecks {
    private NoticeChecks() {}

    /** What a check sees: the policy, where its parts are written, the day of the build, and where gaps go. */
    static final class Scope {
        final Policy policy;
        final LocalDate asOf;
        private final PolicyLocations locations;
        final Set<Regime> regimes;
        private final List<Finding> findings = new ArrayList<>();
        private LintItem item;

        Scope(Policy policy, PolicyLocations locations, Set<Regime> regimes, LocalDate asOf) {
            this.policy = policy;
            this.locations = locations;
            this.regimes = regimes;
            this.asOf = asOf;
        }

        void run(LintItem item) {
            this.item = item;
            item.check(this);
        }

        /** A gap: {@code path} is where the missing fact belongs; the nearest written part of it is reported. */
        void missing(String path, String message) {
            PolicyLocations.Position at = locations.at(path);
            findings.add(new Finding(item, locations.file(), at.line(), at.column(), item.citation(regimes), message));
        }

        List<Finding> findings() {
            return findings;
        }
    }

    private static String category(int i) {
        return "collection.categories[" + i + "]";
    }

    private static String purpose(int i) {
        return "use.purposes[" + i + "]";
    }

    private static String recipient(int i) {
        return "sharing.recipients[" + i + "]";
    }

    static void controllerAddress(Scope s) {
        if (s.policy.contact().address() == null) {
            s.missing("contact.address", "the controller's postal address is not stated; add address: under contact,"
                    + " e.g. address: " + s.policy.controller() + ", street, postcode and city, country");
        }
    }

    static void dpo(Scope s) {
        if (s.policy.contact().dpo() == null) {
            s.missing("contact.dpo", "the policy does not say whether a data protection officer is appointed; add"
                    + " dpo: with name: and email: under contact, or dpo: none-appointed");
        }
    }

    static void legalBasis(Scope s) {
        List<Purpose> purposes = s.policy.use().purposes();
        for (int i = 0; i < purposes.size(); i++) {
            if (purposes.get(i).legalBasis() == null) {
                s.missing(purpose(i) + ".legalBasis", "purpose '" + purposes.get(i).id() + "' has no legal basis; add"
                        + " legalBasis: with one of " + LegalBasis.ids());
            }
        }
    }

    static void legitimateInterest(Scope s) {
        List<Purpose> purposes = s.policy.use().purposes();
        for (int i = 0; i < purposes.size(); i++) {
            Purpose p = purposes.get(i);
            if (p.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS && p.legitimateInterest() == null) {
                s.missing(purpose(i) + ".legitimateInterest", "purpose '" + p.id() + "' relies on legitimate interests"
                        + " but does not say which; add legitimateInterest: with the interest pursued");
            }
        }
    }

    static void recipientRole(Scope s) {
        List<Recipient> recipients = s.policy.sharing().recipients();
        for (int i = 0; i < recipients.size(); i++) {
            if (recipients.get(i).role() == null) {
                s.missing(recipient(i) + ".role", "recipient '" + recipients.get(i).id() + "' has no role; add role:"
                        + " with one of " + Recipient.Role.ids());
            }
        }
    }

    static void euTransfers(Scope s) {
        transfers(s, false);
    }

    static void ukTransfers(Scope s) {
        transfers(s, true);
    }

    private static void transfers(Scope s, boolean uk) {
        List<Recipient> recipients = s.policy.sharing().recipients();
        String key = uk ? "ukMechanism" : "mechanism";
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            if (r.transfers() == null) {
                // One sentence for both laws, so that checking both reports it once.
                String keys = s.regimes.contains(Regime.GDPR) && s.regimes.contains(Regime.UK_GDPR)
                        ? "mechanism: and ukMechanism:" : key + ":";
                s.missing(recipient(i) + ".transfers", "recipient '" + r.id() + "' does not say whether it receives data"
                        + " outside the EEA or the UK; add transfers: none, or transfers: with each country: and "
                        + keys);
                continue;
            }
            for (int t = 0; t < r.transfers().size(); t++) {
                Transfer transfer = r.transfers().get(t);
                String at = recipient(i) + ".transfers[" + t + "]";
                Transfer.Mechanism mechanism = uk ? transfer.ukMechanism() : transfer.mechanism();
                if (mechanism == null) {
                    s.missing(at + "." + key, "the transfer of recipient '" + r.id() + "' to " + transfer.country()
                            + " has no " + (uk ? "UK GDPR ground" : "ground") + "; add " + key + ": with one of "
                            + Transfer.Mechanism.ids(uk));
                } else if (mechanism.safeguard() && transfer.copy() == null) {
                    s.missing(at + ".copy", "recipient '" + r.id() + "' receives data in " + transfer.country()
                            + " under " + mechanism.id() + " but the policy does not say how to obtain a copy; add"
                            + " copy: with a link, or whom to ask");
                }
            }
        }
    }

    static void retentionPerCategory(Scope s) {
        List<DataCategory> categories = s.policy.collection().categories();
        Set<String> kept = s.policy.retention().rules().stream().map(r -> r.category()).collect(Collectors.toSet());
        for (int i = 0; i < categories.size(); i++) {
            if (!kept.contains(categories.get(i).id())) {
                s.missing(category(i), "category '" + categories.get(i).id() + "' has no retention rule; add one under"
                        + " retention.rules with category: " + categories.get(i).id());
            }
        }
    }

    static void gdprRights(Scope s) {
        requireRight(s, Right.Kind.ACCESS, "the right of access is not listed", "access");
        requireRight(s, Right.Kind.RECTIFICATION, "the right to rectification is not listed", "correction");
        requireRight(s, Right.Kind.ERASURE, "the right to erasure is not listed", "deletion");
        requireRight(s, Right.Kind.RESTRICTION, "the right to restriction of processing is not listed", "restriction");
        requireRight(s, Right.Kind.OBJECTION, "the right to object is not listed", "objection");
        requireRight(s, Right.Kind.PORTABILITY, "the right to data portability is not listed", "portability");
    }

    /** A right the law asks for; {@code what} says what is missing, {@code id} is the id to write. */
    private static void requireRight(Scope s, Right.Kind kind, String what, String id) {
        if (!s.policy.rights().has(kind)) {
            s.missing("rights.rights", what + "; add a right with id: " + id
                    + (id.equals(kind.id()) ? "" : " (or kind: " + kind.id() + ")"));
        }
    }

    static void withdrawConsent(Scope s) {
        List<Purpose> purposes = s.policy.use().purposes();
        for (Purpose p : purposes) {
            if (p.legalBasis() == LegalBasis.CONSENT) {
                requireRight(s, Right.Kind.WITHDRAW_CONSENT, "purpose '" + p.id() + "' relies on consent, but"
                        + " the right to withdraw consent is not listed", "withdraw-consent");
                return;
            }
        }
    }

    static void objection(Scope s) {
        for (Purpose p : s.policy.use().purposes()) {
            if (p.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS) {
                requireRight(s, Right.Kind.OBJECTION, "purpose '" + p.id() + "' relies on legitimate interests,"
                        + " but the right to object is not listed", "objection");
                return;
            }
        }
    }

    static void complaint(Scope s) {
        if (s.policy.contact().supervisoryAuthority() == null && !s.policy.rights().has(Right.Kind.COMPLAINT)) {
            s.missing("contact.supervisoryAuthority", "the right to complain to a supervisory authority is not stated"
                    + " as a fact; add supervisoryAuthority: with name: (and website:) under contact, or a right with"
                    + " id: complaint");
        }
    }

    static void provision(Scope s) {
        List<DataCategory> categories = s.policy.collection().categories();
        for (int i = 0; i < categories.size(); i++) {
            DataCategory c = categories.get(i);
            List<DataElement> unstated = c.elements().stream().filter(e -> c.provisionOf(e) == null).toList();
            if (!unstated.isEmpty()) {
                s.missing(category(i) + ".provision", "category '" + c.id() + "' does not say whether providing "
                        + (unstated.size() == c.elements().size() ? "it" : unstated.stream().map(DataElement::id)
                                .collect(Collectors.joining(", ")))
                        + " is required; add provision: with requirement: " + Provision.Requirement.ids());
            }
            if (c.provision() != null && c.provision().requirement() != Provision.Requirement.VOLUNTARY
                    && c.provision().ifNotProvided() == null) {
                s.missing(category(i) + ".provision.ifNotProvided", "category '" + c.id() + "' must be provided ("
                        + c.provision().requirement().id() + ") but the policy does not say what happens if it is not;"
                        + " add ifNotProvided: under provision");
            }
            for (int e = 0; e < c.elements().size(); e++) {
                Provision own = c.elements().get(e).provision();
                if (own != null && own.requirement() != Provision.Requirement.VOLUNTARY && own.ifNotProvided() == null) {
                    s.missing(category(i) + ".elements[" + e + "].provision.ifNotProvided", "element '"
                            + c.elements().get(e).id() + "' must be provided (" + own.requirement().id() + ") but the"
                            + " policy does not say what happens if it is not; add ifNotProvided: under its provision");
                }
            }
        }
    }

    static void automatedDecisions(Scope s) {
        if (s.policy.use().automatedDecisions() == null) {
            s.missing("use.automatedDecisions", "the policy does not say whether decisions are made by automated means"
                    + " only; add automatedDecisions: none under use, or list each with logic: and consequences:");
        }
    }

    static void sources(Scope s) {
        List<DataCategory> categories = s.policy.collection().categories();
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).sources() == null) {
                s.missing(category(i) + ".sources", "category '" + categories.get(i).id() + "' does not say where its"
                        + " data comes from; add sources: with ids defined under collection.sources (each with kind:"
                        + " " + tech.openfactory.policy.model.Source.Kind.ids() + ")");
            }
        }
    }

    static void purposeData(Scope s) {
        List<Purpose> purposes = s.policy.use().purposes();
        for (int i = 0; i < purposes.size(); i++) {
            if (purposes.get(i).categories() == null) {
                s.missing(purpose(i) + ".categories", "purpose '" + purposes.get(i).id() + "' does not say which data"
                        + " it uses; add categories: with ids of collection.categories");
            }
        }
        categoriesWithoutPurpose(s);
    }

    static void categoriesWithoutPurpose(Scope s) {
        List<Purpose> purposes = s.policy.use().purposes();
        if (purposes.stream().anyMatch(p -> p.categories() == null)) {
            return; // not yet answerable: the purposes that say nothing may use it
        }
        Set<String> used = purposes.stream().flatMap(p -> p.categories().stream()).collect(Collectors.toSet());
        List<DataCategory> categories = s.policy.collection().categories();
        for (int i = 0; i < categories.size(); i++) {
            if (!used.contains(categories.get(i).id())) {
                s.missing(category(i), "category '" + categories.get(i).id() + "' is used by no purpose; add it to the"
                        + " categories: of the purposes that use it, or stop collecting it");
            }
        }
    }

    static void euRepresentative(Scope s) {
        if (s.policy.contact().euRepresentative() == null) {
            s.missing("contact.euRepresentative", "the policy does not say whether a representative in the EU is"
                    + " appointed; add euRepresentative: with name: and email: under contact, or euRepresentative:"
                    + " none-appointed when the controller is established in the EU");
        }
    }

    static void ukRepresentative(Scope s) {
        if (s.policy.contact().ukRepresentative() == null) {
            s.missing("contact.ukRepresentative", "the policy does not say whether a representative in the UK is"
                    + " appointed; add ukRepresentative: with name: and email: under contact, or ukRepresentative:"
                    + " none-appointed when the controller is established in the UK");
        }
    }

    static void ccpaCategories(Scope s) {
        List<DataCategory> categories = s.policy.collection().categories();
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).ccpaCategories() == null) {
                s.missing(category(i) + ".ccpaCategories", "category '" + categories.get(i).id() + "' has no"
                        + " California category; add ccpaCategories: with one or more of " + CcpaCategory.ids());
            }
        }
    }

    static void soldOrShared(Scope s) {
        List<Recipient> recipients = s.policy.sharing().recipients();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            if (r.sells().isEmpty() || r.sharesForAdvertising().isEmpty()) {
                s.missing(recipient(i) + (r.role() == null ? ".role" : r.sells().isEmpty() ? ".sold"
                        : ".sharedForAdvertising"), "recipient '" + r.id() + "' does not say whether disclosing to it"
                        + " is a sale or sharing for advertising; add role: processor (or public-authority) if it"
                        + " only acts on your instructions or the law's, otherwise sold: and sharedForAdvertising:");
            }
        }
    }

    static void recipientCategories(Scope s) {
        List<Recipient> recipients = s.policy.sharing().recipients();
        for (int i = 0; i < recipients.size(); i++) {
            if (recipients.get(i).categories().isEmpty()) {
                s.missing(recipient(i) + ".categories", "recipient '" + recipients.get(i).id() + "' does not say which"
                        + " data it receives; add categories: with ids of collection.categories");
            }
        }
    }

    static void limitSensitive(Scope s) {
        List<DataCategory> categories = s.policy.collection().categories();
        for (DataCategory c : categories) {
            if (c.sensitive()) {
                requireRight(s, Right.Kind.LIMIT_SENSITIVE_DATA, "category '" + c.id() + "' is sensitive"
                        + " personal information, but the right to limit its use is not listed", "limit-sensitive-data");
                return;
            }
        }
    }

    /** Whether some recipient buys data or receives it for advertising, as stated or derived. */
    private static boolean soldOrSharedAtAll(Policy policy) {
        return policy.sharing().recipients().stream().anyMatch(r -> r.sells().orElse(false)
                || r.sharesForAdvertising().orElse(false));
    }

    static void ccpaRights(Scope s) {
        requireRight(s, Right.Kind.ACCESS, "the right to know is not listed", "access");
        requireRight(s, Right.Kind.ERASURE, "the right to delete is not listed", "deletion");
        requireRight(s, Right.Kind.RECTIFICATION, "the right to correct is not listed", "correction");
        requireRight(s, Right.Kind.NON_DISCRIMINATION, "the right to non-discrimination is not listed",
                "non-discrimination");
        if (soldOrSharedAtAll(s.policy)) {
            requireRight(s, Right.Kind.OPT_OUT_OF_SALE_OR_SHARING, "data is sold or shared, but the right to opt out"
                    + " is not listed", "opt-out-of-sale-or-sharing");
        }
    }

    static void optOutLink(Scope s) {
        if (soldOrSharedAtAll(s.policy) && s.policy.sharing().optOutLink() == null) {
            s.missing("sharing.optOutLink", "data is sold or shared for advertising, but no opt-out link is given; add"
                    + " optOutLink: under sharing with the https address of the \"Do Not Sell or Share My Personal"
                    + " Information\" page");
        }
    }

    static void requestMethods(Scope s) {
        var methods = s.policy.rights().requestMethods();
        if (methods == null) {
            s.missing("rights.requestMethods", "the ways to submit a request are not listed; add requestMethods: under"
                    + " rights, e.g. - { kind: email, address: " + s.policy.contact().email() + " }");
        } else if (methods.size() < 2) {
            s.missing("rights.requestMethods", "only one way to submit a request is listed; add another (a toll-free"
                    + " number, a web form), or accept the gap if the business operates exclusively online");
        }
    }

    static void verification(Scope s) {
        if (s.policy.rights().verification() == null) {
            s.missing("rights.verification", "the policy does not say how a request is verified; add verification:"
                    + " under rights");
        }
    }

    static void preferenceSignals(Scope s) {
        if (s.policy.sharing().optOutPreferenceSignals() == null) {
            s.missing("sharing.optOutPreferenceSignals", "the policy does not say how opt-out preference signals such"
                    + " as Global Privacy Control are processed; add optOutPreferenceSignals: under sharing");
        }
    }

    static void authorizedAgents(Scope s) {
        if (s.policy.rights().authorizedAgents() == null) {
            s.missing("rights.authorizedAgents", "the policy does not say how an authorised agent makes a request; add"
                    + " authorizedAgents: under rights");
        }
    }

    static void reviewedWithinAYear(Scope s) {
        LocalDate updated = s.policy.lastUpdated();
        if (updated.plusMonths(12).isBefore(s.asOf)) {
            s.missing("lastUpdated", "the policy was last updated on " + updated + ", more than 12 months before "
                    + s.asOf + "; review it and move lastUpdated to the day of the review");
        }
    }
}

package tech.openfactory.policy.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tech.openfactory.policy.model.Change.Aspect;
import tech.openfactory.policy.model.Change.Noun;

/**
 * What changed between two versions of the policy: the facts, compared by id, each marked material or not; the
 * passages of prose whose words changed; and from both, the kind of change. The rules follow the policy's
 * readers: anything that collects, keeps, shares or sets more, or promises less, is material. Renaming is
 * wording: it shows in the prose, not among the facts.
 *
 * <p>The legal facts a notice states (GDPR Art. 13/14, CCPA) follow the same rule:
 * <ul>
 * <li>material: a purpose's legal basis changed from one basis to another; a purpose using a data category it did
 * not use; a new source, a category drawing on a source it did not, a source becoming a third party or publicly
 * available; a category falling under a California category it did not; providing data (a category's or an
 * element's, as it applies to the element) moving from voluntary to required; a new automated decision; a
 * recipient becoming a controller; a new transfer (a new country) or the mechanism of a transfer changed or
 * dropped, under the GDPR or the UK GDPR; a recipient sold to, or receiving data for cross-context behavioural
 * advertising, where it was not before (as stated, or derived from its role);</li>
 * <li>not material: anything removed (a transfer, a source, a decision, a category of a purpose); a required
 * provision becoming voluntary; the DPO, the representatives, the supervisory authority, the request methods
 * and the opt-out link; the statement "none" (of transfers, of automated decisions) appearing or going.</li>
 * </ul>
 * A fact the older version did not state (null) and the newer one states is never material: nothing about the
 * processing changed, it only became known; it is listed all the same ("Legal basis of send the newsletter: not
 * stated → your consent"). The prose of these facts (a legitimate interest, the logic of a decision, how to obtain
 * a copy of the safeguards, verification, the controller's address, ...) shows in the redline, as all prose does.
 */
public final class PolicyDiff {
    private final List<Change> facts = new ArrayList<>();
    private final List<ProseChange> passages = new ArrayList<>();

    /** A passage before and after; one side is null for a passage that was added or removed. */
    public record ProseChange(Passage before, Passage after) {}

    private PolicyDiff() {}

    public static PolicyDiff between(Policy before, Policy after) {
        PolicyDiff diff = new PolicyDiff();
        diff.compareFacts(before, after);
        diff.compareProse(before, after);
        return diff;
    }

    /** The facts that changed, in page order. */
    public List<Change> facts() {
        return List.copyOf(facts);
    }

    /** Passages whose text changed, in page order; passages that were removed come last. */
    public List<ProseChange> passages() {
        return List.copyOf(passages);
    }

    public ChangeKind kind() {
        if (facts.stream().anyMatch(Change::material)) {
            return ChangeKind.MATERIAL;
        }
        return facts.isEmpty() && passages.isEmpty() ? ChangeKind.NONE : ChangeKind.EDITORIAL;
    }

    private void compareFacts(Policy a, Policy b) {
        fact(null, Noun.POLICY, a.title(), Aspect.CONTROLLER, a.controller(), b.controller(), true);
        fact(null, Noun.POLICY, a.title(), Aspect.EFFECTIVE_DATE, a.effective(), b.effective(), false);
        // A date is a fact: a policy whose last-updated date moved is not the same policy, though nothing else did.
        fact(null, Noun.POLICY, a.title(), Aspect.LAST_UPDATED, a.lastUpdated(), b.lastUpdated(), false);

        sources(a.collection(), b.collection());
        for (var category : pair(a.collection().categories(), b.collection().categories(), DataCategory::id)) {
            DataCategory old = category.old();
            DataCategory now = category.now();
            if (old == null) {
                facts.add(Change.added(Section.COLLECTION, Noun.DATA_CATEGORY, now.name(), true));
                continue;
            }
            if (now == null) {
                facts.add(Change.removed(Section.COLLECTION, Noun.DATA_CATEGORY, old.name(), false));
                continue;
            }
            String categoryName = now.name();
            for (var element : pair(old.elements(), now.elements(), DataElement::id)) {
                if (element.old() == null) {
                    facts.add(Change.added(Section.COLLECTION, Noun.ELEMENT, element.now().label(), true)
                            .within(categoryName));
                } else if (element.now() == null) {
                    facts.add(Change.removed(Section.COLLECTION, Noun.ELEMENT, element.old().label(), false)
                            .within(categoryName));
                } else {
                    // Storing something in the clear that was encrypted weakens a promise.
                    elementFact(categoryName, element.now().label(), Aspect.ENCRYPTED, element.old().encrypted(),
                            element.now().encrypted(), element.old().encrypted());
                    elementFact(categoryName, element.now().label(), Aspect.HASHED, element.old().hashed(),
                            element.now().hashed(), element.old().hashed());
                    elementProvision(categoryName, old, element.old(), now, element.now());
                }
            }
            categoryFacts(a, old, b, now);
        }

        named(Section.USE, Noun.PURPOSE, a.use().purposes(), b.use().purposes(), Purpose::id, Purpose::name, true, false);
        for (var purpose : pair(a.use().purposes(), b.use().purposes(), Purpose::id)) {
            if (purpose.old() != null && purpose.now() != null) {
                purposeFacts(a, purpose.old(), b, purpose.now());
            }
        }
        automatedDecisions(a.use(), b.use());
        commitments(Section.RESTRICTIONS, Noun.COMMITMENT, a.restrictions().commitments(), b.restrictions().commitments());
        named(Section.SHARING, Noun.RECIPIENT, a.sharing().recipients(), b.sharing().recipients(), Recipient::id,
                Recipient::name, true, false);
        for (var recipient : pair(a.sharing().recipients(), b.sharing().recipients(), Recipient::id)) {
            // An empty list said nothing; declaring the categories for the first time shares nothing new.
            if (recipient.old() != null && recipient.now() != null && !recipient.old().categories().isEmpty()) {
                // Sharing a category a recipient did not receive before is sharing more.
                fact(Section.SHARING, Noun.RECIPIENT, recipient.now().name(), Aspect.DATA_CATEGORIES, recipient.old().categories(),
                        recipient.now().categories(), !recipient.old().categories().containsAll(recipient.now().categories()));
            }
            if (recipient.old() != null && recipient.now() != null) {
                recipientFacts(recipient.old(), recipient.now());
            }
        }
        fact(Section.SHARING, Noun.SHARING, b.sharing().title(), Aspect.OPT_OUT_LINK, a.sharing().optOutLink(),
                b.sharing().optOutLink(), false);

        for (var rule : pair(a.retention().rules(), b.retention().rules(), RetentionRule::id)) {
            RetentionRule old = rule.old();
            RetentionRule now = rule.now();
            if (old == null || now == null) {
                // A new rule keeps something longer than before; a dropped rule leaves data without a limit.
                facts.add(old == null ? Change.added(Section.RETENTION, Noun.RETENTION_RULE, now.label(), true)
                        : Change.removed(Section.RETENTION, Noun.RETENTION_RULE, old.label(), true));
                continue;
            }
            fact(Section.RETENTION, Noun.RETENTION_RULE, now.label(), Aspect.DATA_CATEGORY, old.category(), now.category(), true);
            fact(Section.RETENTION, Noun.RETENTION_RULE, now.label(), Aspect.KEPT_FOR, old.keptFor(), now.keptFor(),
                    longer(old.keptFor(), now.keptFor()));
            fact(Section.RETENTION, Noun.RETENTION_RULE, now.label(), Aspect.AFTER_DELETION, old.afterDeletion(),
                    now.afterDeletion(), longer(old.afterDeletion(), now.afterDeletion()));
        }

        named(Section.RIGHTS, Noun.RIGHT, a.rights().rights(), b.rights().rights(), Right::id, Right::name, false, true);
        fact(Section.RIGHTS, Noun.REQUESTS, a.rights().title(), Aspect.RESPONSE_TIME, a.rights().responseTime(),
                b.rights().responseTime(),
                b.rights().responseTime().approximateDays() > a.rights().responseTime().approximateDays());
        requestMethods(a.rights().requestMethods(), b.rights().requestMethods());
        commitments(Section.SECURITY, Noun.SECURITY_COMMITMENT, a.security().commitments(), b.security().commitments());

        for (var cookie : pair(a.cookies().cookies(), b.cookies().cookies(), Cookie::id)) {
            if (cookie.old() == null) {
                facts.add(Change.added(Section.COOKIES, Noun.COOKIE, cookie.now().name(), true));
            } else if (cookie.now() == null) {
                facts.add(Change.removed(Section.COOKIES, Noun.COOKIE, cookie.old().name(), false));
            } else {
                fact(Section.COOKIES, Noun.COOKIE, cookie.now().name(), Aspect.REQUIRED, cookie.old().required(), cookie.now().required(),
                        cookie.now().required());
            }
        }

        Policy.Children oldChildren = a.childrenAndChanges().children();
        Policy.Children newChildren = b.childrenAndChanges().children();
        fact(Section.CHILDREN_AND_CHANGES, Noun.CHILDREN, newChildren.title(), Aspect.MINIMUM_AGE, oldChildren.minimumAge(),
                newChildren.minimumAge(), newChildren.minimumAge() < oldChildren.minimumAge());
        Period oldNotice = a.childrenAndChanges().changes().noticePeriod();
        Period newNotice = b.childrenAndChanges().changes().noticePeriod();
        fact(Section.CHILDREN_AND_CHANGES, Noun.POLICY_CHANGES, b.childrenAndChanges().changes().title(), Aspect.NOTICE_PERIOD,
                oldNotice, newNotice, newNotice == null
                        || oldNotice != null && newNotice.approximateDays() < oldNotice.approximateDays());

        fact(Section.CONTACT, Noun.CONTACT, b.contact().title(), Aspect.EMAIL, a.contact().email(), b.contact().email(), true);
        fact(Section.CONTACT, Noun.CONTACT, b.contact().title(), Aspect.WEBSITE, a.contact().website(), b.contact().website(), false);
        // Who to contact is no processing of data: changes here are facts readers see, never material.
        Policy.Contact oldContact = a.contact();
        Policy.Contact newContact = b.contact();
        fact(Section.CONTACT, Noun.CONTACT, newContact.title(), Aspect.DATA_PROTECTION_OFFICER, oldContact.dpo(), newContact.dpo(),
                false);
        fact(Section.CONTACT, Noun.CONTACT, newContact.title(), Aspect.EU_REPRESENTATIVE, oldContact.euRepresentative(),
                newContact.euRepresentative(), false);
        fact(Section.CONTACT, Noun.CONTACT, newContact.title(), Aspect.UK_REPRESENTATIVE, oldContact.ukRepresentative(),
                newContact.ukRepresentative(), false);
        fact(Section.CONTACT, Noun.CONTACT, newContact.title(), Aspect.SUPERVISORY_AUTHORITY, oldContact.supervisoryAuthority(),
                newContact.supervisoryAuthority(), false);
    }

    /** Whether a stated value changed into another stated one: a fact first stated, or no longer stated, is not. */
    private static boolean restated(Object before, Object after) {
        return before != null && after != null && !before.equals(after);
    }

    /** Whether {@code after} holds something {@code before} did not, {@code before} being stated. */
    private static <T> boolean more(List<T> before, List<T> after) {
        return before != null && after != null && !before.containsAll(after);
    }

    /** Data that could be withheld must now be provided. */
    private static boolean required(Provision.Requirement before, Provision.Requirement after) {
        return before == Provision.Requirement.VOLUNTARY && after != null && after != Provision.Requirement.VOLUNTARY;
    }

    private static Provision.Requirement requirement(Provision provision) {
        return provision == null ? null : provision.requirement();
    }

    /** §1: where a category comes from, its California categories and whether it must be provided. */
    private void categoryFacts(Policy a, DataCategory old, Policy b, DataCategory now) {
        if (!Objects.equals(old.sources(), now.sources())) {
            facts.add(Change.changed(Section.COLLECTION, Noun.DATA_CATEGORY, now.name(), Aspect.SOURCES, sourceNames(a, old.sources()),
                    sourceNames(b, now.sources()), more(old.sources(), now.sources())));
        }
        fact(Section.COLLECTION, Noun.DATA_CATEGORY, now.name(), Aspect.CALIFORNIA_CATEGORIES, old.ccpaCategories(),
                now.ccpaCategories(), more(old.ccpaCategories(), now.ccpaCategories()));
        Provision.Requirement before = requirement(old.provision());
        Provision.Requirement after = requirement(now.provision());
        fact(Section.COLLECTION, Noun.DATA_CATEGORY, now.name(), Aspect.PROVISION, before, after, required(before, after));
    }

    /**
     * An element's own provision, compared as it applies to the element (its own, or else its category's); a
     * change of the category's alone is told once, for the category.
     */
    private void elementProvision(String category, DataCategory oldCategory, DataElement old, DataCategory newCategory,
            DataElement now) {
        if (Objects.equals(requirement(old.provision()), requirement(now.provision()))) {
            return;
        }
        Provision.Requirement before = requirement(oldCategory.provisionOf(old));
        Provision.Requirement after = requirement(newCategory.provisionOf(now));
        elementFact(category, now.label(), Aspect.PROVISION, before, after, required(before, after));
    }

    private static List<String> sourceNames(Policy policy, List<String> ids) {
        return ids == null ? null : ids.stream()
                .map(id -> policy.collection().source(id).map(Source::name).orElse(id)).toList();
    }

    /** §1: the sources the categories refer to. */
    private void sources(Policy.Collection a, Policy.Collection b) {
        List<Source> before = a.sources() == null ? List.of() : a.sources();
        List<Source> after = b.sources() == null ? List.of() : b.sources();
        for (var source : pair(before, after, Source::id)) {
            if (source.old() == null) {
                facts.add(Change.added(Section.COLLECTION, Noun.SOURCE, source.now().name(), a.sources() != null));
            } else if (source.now() == null) {
                facts.add(Change.removed(Section.COLLECTION, Noun.SOURCE, source.old().name(), false));
            } else {
                // Data obtained from someone other than the person: Art. 14 instead of Art. 13.
                fact(Section.COLLECTION, Noun.SOURCE, source.now().name(), Aspect.KIND, source.old().kind(), source.now().kind(),
                        source.now().kind() != Source.Kind.THE_PERSON);
            }
        }
    }

    /** §2: the legal basis of a purpose and the data it uses. */
    private void purposeFacts(Policy a, Purpose old, Policy b, Purpose now) {
        fact(Section.USE, Noun.PURPOSE, now.name(), Aspect.LEGAL_BASIS, old.legalBasis(), now.legalBasis(),
                restated(old.legalBasis(), now.legalBasis()));
        // Compared by id, shown by name: renaming a category is wording, not a change of what a purpose uses.
        if (!Objects.equals(old.categories(), now.categories())) {
            facts.add(Change.changed(Section.USE, Noun.PURPOSE, now.name(), Aspect.DATA_CATEGORIES, categoryNames(a, old.categories()),
                    categoryNames(b, now.categories()), more(old.categories(), now.categories())));
        }
    }

    private static List<String> categoryNames(Policy policy, List<String> ids) {
        return ids == null ? null : ids.stream().map(id -> policy.collection().categories().stream()
                .filter(c -> c.id().equals(id)).map(DataCategory::name).findFirst().orElse(id)).toList();
    }

    /** §2: decisions by automated means only; stating "none" where nothing was said, or no longer, is not material. */
    private void automatedDecisions(Policy.Use a, Policy.Use b) {
        List<AutomatedDecision> before = a.automatedDecisions();
        List<AutomatedDecision> after = b.automatedDecisions();
        if ((before == null) != (after == null) && (before == null ? after : before).isEmpty()) {
            fact(Section.USE, Noun.AUTOMATED_DECISIONS, b.title(), Aspect.AUTOMATED_DECISIONS, before, after, false);
            return;
        }
        for (var decision : pair(before == null ? List.of() : before, after == null ? List.of() : after,
                AutomatedDecision::id)) {
            if (decision.old() == null) {
                facts.add(Change.added(Section.USE, Noun.AUTOMATED_DECISION, decision.now().name(), before != null));
            } else if (decision.now() == null) {
                facts.add(Change.removed(Section.USE, Noun.AUTOMATED_DECISION, decision.old().name(), false));
            }
        }
    }

    /** §4: a recipient's role, its transfers, and whether it is sold to or shared with for advertising. */
    private void recipientFacts(Recipient old, Recipient now) {
        String name = now.name();
        fact(Section.SHARING, Noun.RECIPIENT, name, Aspect.ROLE, old.role(), now.role(), old.role() != null
                && old.role() != Recipient.Role.CONTROLLER && now.role() == Recipient.Role.CONTROLLER);
        fact(Section.SHARING, Noun.RECIPIENT, name, Aspect.SOLD, old.sold(), now.sold(),
                becameTrue(old.sells(), now.sells()));
        fact(Section.SHARING, Noun.RECIPIENT, name, Aspect.SHARED_FOR_ADVERTISING, old.sharedForAdvertising(),
                now.sharedForAdvertising(), becameTrue(old.sharesForAdvertising(), now.sharesForAdvertising()));
        transfers(old, now);
    }

    /** Known to be false before and true now; from unknown to true is a first statement. */
    private static boolean becameTrue(java.util.Optional<Boolean> before, java.util.Optional<Boolean> after) {
        return before.isPresent() && !before.get() && after.orElse(false);
    }

    private void transfers(Recipient old, Recipient now) {
        List<Transfer> before = old.transfers();
        List<Transfer> after = now.transfers();
        if ((before == null) != (after == null) && (before == null ? after : before).isEmpty()) {
            fact(Section.SHARING, Noun.RECIPIENT, now.name(), Aspect.INTERNATIONAL_TRANSFERS, before, after, false);
            return;
        }
        for (var transfer : pair(before == null ? List.of() : before, after == null ? List.of() : after,
                Transfer::country)) {
            Transfer was = transfer.old();
            Transfer is = transfer.now();
            String subject = (is != null ? is : was).countryName() + " (" + now.name() + ")";
            if (was == null) {
                facts.add(Change.added(Section.SHARING, Noun.INTERNATIONAL_TRANSFER, subject, before != null));
            } else if (is == null) {
                facts.add(Change.removed(Section.SHARING, Noun.INTERNATIONAL_TRANSFER, subject, false));
            } else {
                // The safeguard data leaves with: changing or dropping a stated one is material.
                fact(Section.SHARING, Noun.INTERNATIONAL_TRANSFER, subject, Aspect.MECHANISM, was.mechanism(), is.mechanism(),
                        was.mechanism() != null);
                fact(Section.SHARING, Noun.INTERNATIONAL_TRANSFER, subject, Aspect.UK_MECHANISM, was.ukMechanism(),
                        is.ukMechanism(), was.ukMechanism() != null);
            }
        }
    }

    /** §6: the ways to make a request, each added or removed; none of it is material. */
    private void requestMethods(List<RequestMethod> before, List<RequestMethod> after) {
        for (var method : pair(before == null ? List.of() : before, after == null ? List.of() : after,
                m -> m.kind().id() + " " + m.address())) {
            RequestMethod m = method.now() != null ? method.now() : method.old();
            if (method.old() == null) {
                facts.add(Change.added(Section.RIGHTS, Noun.REQUEST_METHOD, m.address(), false));
            } else if (method.now() == null) {
                facts.add(Change.removed(Section.RIGHTS, Noun.REQUEST_METHOD, m.address(), false));
            }
        }
    }

    private void elementFact(String category, String subject, Aspect aspect, Object before, Object after,
            boolean material) {
        if (!Objects.equals(before, after)) {
            facts.add(Change.changed(Section.COLLECTION, Noun.ELEMENT, subject, aspect, before, after, material)
                    .within(category));
        }
    }

    private void fact(Section section, Noun noun, String subject, Aspect aspect, Object before, Object after,
            boolean material) {
        if (!Objects.equals(before, after)) {
            facts.add(Change.changed(section, noun, subject, aspect, before, after, material));
        }
    }

    private <T> void named(Section section, Noun noun, List<T> before, List<T> after, Function<T, String> id,
            Function<T, String> name, boolean addedIsMaterial, boolean removedIsMaterial) {
        for (var item : pair(before, after, id)) {
            if (item.old() == null) {
                facts.add(Change.added(section, noun, name.apply(item.now()), addedIsMaterial));
            } else if (item.now() == null) {
                facts.add(Change.removed(section, noun, name.apply(item.old()), removedIsMaterial));
            }
        }
    }

    /** A promise withdrawn is material; a new one is not. Wording changes show in the prose. */
    private void commitments(Section section, Noun noun, List<Commitment> before, List<Commitment> after) {
        for (var item : pair(before, after, Commitment::id)) {
            if (item.old() == null) {
                facts.add(Change.added(section, noun, item.now().text().markdown(), false));
            } else if (item.now() == null) {
                facts.add(Change.removed(section, noun, item.old().text().markdown(), true));
            }
        }
    }

    /** Anything but a shorter period of the same form counts as keeping data longer. */
    static boolean longer(KeptFor before, KeptFor after) {
        if (before.equals(after)) {
            return false;
        }
        if (before instanceof KeptFor.UpTo b && after instanceof KeptFor.UpTo n
                && Objects.equals(b.after(), n.after()) && Objects.equals(b.when(), n.when())) {
            return n.period().approximateDays() > b.period().approximateDays();
        }
        if (before instanceof KeptFor.Typically b && after instanceof KeptFor.Typically n) {
            return n.period().approximateDays() > b.period().approximateDays();
        }
        return true;
    }

    static boolean longer(AfterDeletion before, AfterDeletion after) {
        if (before.equals(after)) {
            return false;
        }
        if (before instanceof AfterDeletion.RemovedWithin b && after instanceof AfterDeletion.RemovedWithin n) {
            return n.period().approximateDays() > b.period().approximateDays();
        }
        if (before instanceof AfterDeletion.RetainedAsRequiredBy b
                && after instanceof AfterDeletion.RetainedAsRequiredBy n) {
            return !b.obligations().containsAll(n.obligations());
        }
        // Purging automatically is the shortest promise there is; moving to it is never longer.
        return !(after instanceof AfterDeletion.PurgedAutomatically);
    }

    private void compareProse(Policy a, Policy b) {
        Map<String, Passage> before = new LinkedHashMap<>();
        passages(a).forEach(p -> before.put(p.key(), p));
        for (Passage now : passages(b)) {
            Passage old = before.remove(now.key());
            if (old == null || !old.text().equals(now.text())) {
                passages.add(new ProseChange(old, now));
            }
        }
        before.values().forEach(old -> passages.add(new ProseChange(old, null)));
    }

    /**
     * Every passage of prose of a policy, in page order: those of {@link PolicyText}, with the prose of the legal
     * facts each placed after the item it belongs to.
     */
    static List<Passage> passages(Policy p) {
        List<Passage> out = new ArrayList<>(PolicyText.passages(p));
        Policy.Collection collection = p.collection();
        String c = collection.title();
        if (collection.sources() != null) {
            for (Source source : collection.sources()) {
                String key = "collection.sources." + source.id();
                insert(out, "collection.intro", "collection.", new Passage(key + ".name", c + " › " + source.name(),
                        source.name()));
                insert(out, key + ".", "collection.", passage(key + ".description", c + " › " + source.name(),
                        source.description()));
            }
        }
        for (DataCategory category : collection.categories()) {
            String key = "collection.categories." + category.id();
            String label = c + " › " + category.name();
            if (category.provision() != null) {
                insert(out, key + ".", "collection.", passage(key + ".provision.ifNotProvided", label,
                        category.provision().ifNotProvided()));
            }
            for (DataElement element : category.elements()) {
                if (element.provision() != null) {
                    insert(out, key + ".", "collection.", passage(key + ".elements." + element.id()
                            + ".provision.ifNotProvided", label + " › " + element.label(),
                            element.provision().ifNotProvided()));
                }
            }
        }

        Policy.Use use = p.use();
        for (Purpose purpose : use.purposes()) {
            insert(out, "use.purposes." + purpose.id() + ".", "use.", passage("use.purposes." + purpose.id()
                    + ".legitimateInterest", use.title() + " › " + purpose.name(), purpose.legitimateInterest()));
        }
        if (use.automatedDecisions() != null) {
            for (AutomatedDecision decision : use.automatedDecisions()) {
                String key = "use.automatedDecisions." + decision.id();
                String label = use.title() + " › " + decision.name();
                insert(out, "use.", "use.", new Passage(key + ".name", label, decision.name()));
                insert(out, "use.", "use.", passage(key + ".logic", label, decision.logic()));
                insert(out, "use.", "use.", passage(key + ".consequences", label, decision.consequences()));
            }
        }

        Policy.Sharing sharing = p.sharing();
        for (Recipient recipient : sharing.recipients()) {
            if (recipient.transfers() != null) {
                String key = "sharing.recipients." + recipient.id();
                for (Transfer transfer : recipient.transfers()) {
                    insert(out, key + ".", "sharing.", passage(key + ".transfers." + transfer.country() + ".copy",
                            sharing.title() + " › " + recipient.name() + " › " + transfer.countryName(),
                            transfer.copy()));
                }
            }
        }
        insert(out, "sharing.", "sharing.", passage("sharing.optOutPreferenceSignals", sharing.title(),
                sharing.optOutPreferenceSignals()));

        Policy.Rights rights = p.rights();
        insert(out, "rights.", "rights.", passage("rights.verification", rights.title(), rights.verification()));
        insert(out, "rights.", "rights.", passage("rights.authorizedAgents", rights.title(), rights.authorizedAgents()));

        Policy.Contact contact = p.contact();
        insert(out, "contact.intro", "contact.", passage("contact.address", contact.title(), contact.address()));
        return out;
    }

    private static Passage passage(String key, String label, Prose text) {
        return text == null ? null : new Passage(key, label, text.markdown());
    }

    /**
     * Puts a passage after the last one whose key starts with {@code after}, or else with {@code section}, or else
     * at the end; a null passage (prose not stated) is left out.
     */
    private static void insert(List<Passage> out, String after, String section, Passage passage) {
        if (passage == null) {
            return;
        }
        int at = -1;
        for (String prefix : List.of(after, section)) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).key().startsWith(prefix)) {
                    at = i;
                }
            }
            if (at >= 0) {
                break;
            }
        }
        out.add(at < 0 ? out.size() : at + 1, passage);
    }

    /** An item of the old list and the new one with the same id; one side is null when added or removed. */
    private record Pair<T>(T old, T now) {}

    /** Items of two lists paired by id, in the order of the new list, removed ones last. */
    private static <T> List<Pair<T>> pair(List<T> before, List<T> after, Function<T, String> id) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(item -> old.put(id.apply(item), item));
        List<Pair<T>> pairs = new ArrayList<>();
        for (T item : after) {
            pairs.add(new Pair<>(old.remove(id.apply(item)), item));
        }
        old.values().forEach(item -> pairs.add(new Pair<>(item, null)));
        return pairs;
    }
}

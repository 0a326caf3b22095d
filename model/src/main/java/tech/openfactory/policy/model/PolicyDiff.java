package tech.openfactory.policy.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of the policy: the facts, compared by id, each marked material or not; the
 * passages of prose whose words changed; and from both, the kind of change. The rules follow the policy's
 * readers: anything that collects, keeps, shares or sets more, or promises less, is material. Renaming is
 * wording: it shows in the prose, not among the facts.
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
        fact("policy", "policy", a.title(), "controller", a.controller(), b.controller(), true);
        fact("policy", "policy", a.title(), "effective date", a.effective(), b.effective(), false);

        for (var category : pair(a.collection().categories(), b.collection().categories(), DataCategory::id)) {
            DataCategory old = category.old();
            DataCategory now = category.now();
            if (old == null) {
                facts.add(Change.added("collection", "data category", now.name(), true));
                continue;
            }
            if (now == null) {
                facts.add(Change.removed("collection", "data category", old.name(), false));
                continue;
            }
            String noun = "element of " + now.name();
            for (var element : pair(old.elements(), now.elements(), DataElement::id)) {
                if (element.old() == null) {
                    facts.add(Change.added("collection", noun, element.now().label(), true));
                } else if (element.now() == null) {
                    facts.add(Change.removed("collection", noun, element.old().label(), false));
                } else {
                    // Storing something in the clear that was encrypted weakens a promise.
                    fact("collection", noun, element.now().label(), "encrypted", element.old().encrypted(),
                            element.now().encrypted(), element.old().encrypted());
                    fact("collection", noun, element.now().label(), "hashed", element.old().hashed(),
                            element.now().hashed(), element.old().hashed());
                }
            }
        }

        named("use", "purpose", a.use().purposes(), b.use().purposes(), Purpose::id, Purpose::name, true, false);
        commitments("restrictions", "commitment", a.restrictions().commitments(), b.restrictions().commitments());
        named("sharing", "recipient", a.sharing().recipients(), b.sharing().recipients(), Recipient::id,
                Recipient::name, true, false);
        for (var recipient : pair(a.sharing().recipients(), b.sharing().recipients(), Recipient::id)) {
            // An empty list said nothing; declaring the categories for the first time shares nothing new.
            if (recipient.old() != null && recipient.now() != null && !recipient.old().categories().isEmpty()) {
                // Sharing a category a recipient did not receive before is sharing more.
                fact("sharing", "recipient", recipient.now().name(), "data categories", recipient.old().categories(),
                        recipient.now().categories(), !recipient.old().categories().containsAll(recipient.now().categories()));
            }
        }

        for (var rule : pair(a.retention().rules(), b.retention().rules(), RetentionRule::id)) {
            RetentionRule old = rule.old();
            RetentionRule now = rule.now();
            if (old == null || now == null) {
                // A new rule keeps something longer than before; a dropped rule leaves data without a limit.
                facts.add(old == null ? Change.added("retention", "retention rule", now.label(), true)
                        : Change.removed("retention", "retention rule", old.label(), true));
                continue;
            }
            fact("retention", "retention rule", now.label(), "data category", old.category(), now.category(), true);
            fact("retention", "retention rule", now.label(), "kept for", old.keptFor(), now.keptFor(),
                    longer(old.keptFor(), now.keptFor()));
            fact("retention", "retention rule", now.label(), "after deletion", old.afterDeletion(),
                    now.afterDeletion(), longer(old.afterDeletion(), now.afterDeletion()));
        }

        named("rights", "right", a.rights().rights(), b.rights().rights(), Right::id, Right::name, false, true);
        fact("rights", "requests", a.rights().title(), "response time", a.rights().responseTime(),
                b.rights().responseTime(),
                b.rights().responseTime().approximateDays() > a.rights().responseTime().approximateDays());
        commitments("security", "security commitment", a.security().commitments(), b.security().commitments());

        for (var cookie : pair(a.cookies().cookies(), b.cookies().cookies(), Cookie::id)) {
            if (cookie.old() == null) {
                facts.add(Change.added("cookies", "cookie", cookie.now().name(), true));
            } else if (cookie.now() == null) {
                facts.add(Change.removed("cookies", "cookie", cookie.old().name(), false));
            } else {
                fact("cookies", "cookie", cookie.now().name(), "required", cookie.old().required(), cookie.now().required(),
                        cookie.now().required());
            }
        }

        Policy.Children oldChildren = a.childrenAndChanges().children();
        Policy.Children newChildren = b.childrenAndChanges().children();
        fact("childrenAndChanges", "children", newChildren.title(), "minimum age", oldChildren.minimumAge(),
                newChildren.minimumAge(), newChildren.minimumAge() < oldChildren.minimumAge());
        Period oldNotice = a.childrenAndChanges().changes().noticePeriod();
        Period newNotice = b.childrenAndChanges().changes().noticePeriod();
        fact("childrenAndChanges", "policy changes", b.childrenAndChanges().changes().title(), "notice period",
                oldNotice, newNotice, newNotice == null
                        || oldNotice != null && newNotice.approximateDays() < oldNotice.approximateDays());

        fact("contact", "contact", b.contact().title(), "e-mail", a.contact().email(), b.contact().email(), true);
        fact("contact", "contact", b.contact().title(), "website", a.contact().website(), b.contact().website(), false);
    }

    private void fact(String section, String noun, String subject, String aspect, Object before, Object after,
            boolean material) {
        if (!Objects.equals(before, after)) {
            facts.add(Change.changed(section, noun, subject, aspect, before, after, material));
        }
    }

    private <T> void named(String section, String noun, List<T> before, List<T> after, Function<T, String> id,
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
    private void commitments(String section, String noun, List<Commitment> before, List<Commitment> after) {
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
        PolicyText.passages(a).forEach(p -> before.put(p.key(), p));
        for (Passage now : PolicyText.passages(b)) {
            Passage old = before.remove(now.key());
            if (old == null || !old.text().equals(now.text())) {
                passages.add(new ProseChange(old, now));
            }
        }
        before.values().forEach(old -> passages.add(new ProseChange(old, null)));
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

package tech.openfactory.policy.compliance;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ReportWriter;
import tech.openfactory.policy.compliance.rules.CookieConsentRule;
import tech.openfactory.policy.compliance.rules.CookieDeclaredRule;
import tech.openfactory.policy.compliance.rules.CookieSecurityRule;
import tech.openfactory.policy.compliance.rules.MinimumAgeRule;
import tech.openfactory.policy.compliance.rules.RecipientCategoriesRule;
import tech.openfactory.policy.compliance.rules.RetentionJobRule;
import tech.openfactory.policy.compliance.rules.RightsHandlerRule;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RetentionRule;
import tech.openfactory.policy.model.Right;
import tech.openfactory.policy.model.Section;

/**
 * Contract tests: the policy checks what the code does, not only what it declares. A product hands the kit its own
 * parts through the small interfaces below and gets one JUnit Jupiter dynamic test per clause, named after it:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> the_service_behaves_as_the_privacy_policy_says() {
 *     return PolicyContracts.builder()
 *             .retention("iso-images", isoImages, clock -> () -> new IsoImagePurgeJob(store, clock).run())
 *             .people(people).eraser(eraser::erase).exporter(exporter::export)
 *             .http(flows).signUp(age -> signUp.accepts(age))
 *             .build().tests();
 * }
 * }</pre>
 *
 * A clause whose part the service does not hand over is a test that is aborted (reported as skipped) with "not
 * verified at run time", never a pass; the report ({@code target/privacy-policy/report.json}, {@code .html}) shows
 * it beside the static check's verdict of the same clause.
 */
public final class PolicyContracts {

    /** The HTTP flows whose {@code Set-Cookie} headers the cookie contracts read. */
    public enum Flow {
        /** A first visit, signed out, no consent asked yet. */
        ANONYMOUS_VISIT,
        /** Signing in. */
        SIGN_IN,
        /** Accepting the optional cookies. */
        CONSENT_GIVEN,
        /** Refusing the optional cookies. */
        CONSENT_REFUSED
    }

    /** Data a retention rule covers: made at a given time, and found again or not. */
    public interface Retained<T> {
        T create(Instant at);

        boolean exists(T item);
    }

    /** The service's people, for the rights and recipient contracts. */
    public interface People {
        /**
         * Creates a person with a value in every element the policy lists for the categories under test; returns the
         * person's id. Two people seeded with different markers must not share values: put {@code marker} (a
         * lower-case word that fits in a name, an e-mail address, a text) into every value whose form allows it.
         */
        String seed(String marker);

        /** Every value the service stores for the person, by {@code category/element}; absent when nothing is. */
        Map<String, List<String>> stored(String person);
    }

    /** Erases a person, as a deletion request does. */
    @FunctionalInterface
    public interface Eraser {
        void erase(String person);
    }

    /** A person's export, as an access or portability request returns it: values by {@code category/element}. */
    @FunctionalInterface
    public interface Exporter {
        Map<String, ?> export(String person);
    }

    /** Corrects a person's data, as a correction request does. */
    public interface Corrector {
        /** The {@code category/element} keys this corrector changes. */
        Set<String> correctable();

        void correct(String person, String element, String value);
    }

    /** Runs a flow against the service and returns the {@code Set-Cookie} header values it answered with. */
    @FunctionalInterface
    public interface HttpFlows {
        List<String> setCookieHeaders(Flow flow);
    }

    /** Whether sign-up accepts a person of this age. */
    @FunctionalInterface
    public interface SignUp {
        boolean accepts(int age);
    }

    /**
     * What the service sends a recipient for a person: runs the flow that calls the recipient's adapter for that
     * person against a recording fake, and returns the payloads it captured as text.
     */
    @FunctionalInterface
    public interface RecipientPayloads {
        List<String> sent(String recipient, String person);
    }

    /** The markers the seeded people's values carry: letters only, so they fit in any field. */
    static final String FIRST = "kitpersonfirst";
    static final String SECOND = "kitpersonsecond";

    private final LoadedPolicy loaded;
    private final CheckContext context;
    private final Map<String, RetentionContract<?>> retention;
    private final Map<String, List<Function<Clock, Runnable>>> removal;
    private final People people;
    private final Eraser eraser;
    private final Exporter exporter;
    private final Corrector corrector;
    private final HttpFlows http;
    private final SignUp signUp;
    private final RecipientPayloads recipients;
    private final Instant now;
    private final Path reportDirectory;
    private final List<ContractResult> results = Collections.synchronizedList(new ArrayList<>());

    private record RetentionContract<T>(Retained<T> data, Function<Clock, Runnable> job) {}

    private PolicyContracts(Builder b) {
        this.loaded = LoadedPolicy.load(b.policy, b.policyFile, b.resource);
        this.context = new CheckContext(loaded.policy(), loaded.source());
        this.retention = Map.copyOf(b.retention);
        this.removal = Map.copyOf(b.removal);
        this.people = b.people;
        this.eraser = b.eraser;
        this.exporter = b.exporter;
        this.corrector = b.corrector;
        this.http = b.http;
        this.signUp = b.signUp;
        this.recipients = b.recipients;
        this.now = b.now.truncatedTo(ChronoUnit.SECONDS);
        this.reportDirectory = b.reportDirectory;
        for (String rule : java.util.stream.Stream.concat(retention.keySet().stream(), removal.keySet().stream()).toList()) {
            if (loaded.policy().retention().rules().stream().noneMatch(r -> r.id().equals(rule))) {
                throw new IllegalArgumentException(loaded.source() + " has no retention rule '" + rule + "'; it has: "
                        + String.join(", ", loaded.policy().retention().rules().stream().map(RetentionRule::id).toList()));
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One dynamic test per clause the contracts cover, in the policy's order, named after the clause. */
    public Stream<DynamicNode> tests() {
        Policy policy = loaded.policy();
        List<DynamicNode> tests = new ArrayList<>();
        for (RetentionRule rule : policy.retention().rules()) {
            Period period = RetentionJobRule.purgePeriod(rule);
            if (period != null) {
                RetentionContract<?> contract = retention.get(rule.id());
                tests.add(test(RuleId.RETENTION_JOB, RetentionJobRule.clause(context, rule),
                        contract == null ? null : () -> retention(rule, period, contract),
                        "no retention(\"" + rule.id() + "\", ...) was given"));
            }
        }
        for (RetentionRule rule : policy.retention().rules()) {
            if (rule.afterDeletion() instanceof AfterDeletion.RemovedWithin within) {
                tests.add(test(RuleId.REMOVAL_AFTER_DELETION, context.clause(Section.RETENTION, rule.label()
                        + ": removed within " + within.period() + " of deletion"), people == null || eraser == null ? null
                        : () -> removal(rule, within.period()), "no people(...) and eraser(...) were given"));
            }
        }
        for (Right right : policy.rights().rights()) {
            if (right.enforcedBy() == null) {
                continue;
            }
            List<DataCategory> covered = RightsHandlerRule.covered(context, right);
            String clause = RightsHandlerRule.clause(context, right);
            switch (right.enforcedBy()) {
                case ERASER -> tests.add(test(RuleId.RIGHTS_HANDLER, clause, people == null || eraser == null ? null
                        : () -> erasure(covered), "no people(...) and eraser(...) were given"));
                case EXPORTER -> tests.add(test(RuleId.RIGHTS_HANDLER, clause, people == null || exporter == null ? null
                        : () -> export(covered), "no people(...) and exporter(...) were given"));
                case CORRECTOR -> tests.add(test(RuleId.RIGHTS_HANDLER, clause, people == null || corrector == null ? null
                        : () -> correction(covered), "no people(...) and corrector(...) were given"));
            }
        }
        if (!policy.sharing().recipients().isEmpty()) {
            tests.add(test(RuleId.RECIPIENT_CATEGORIES, RecipientCategoriesRule.clause(context),
                    people == null || recipients == null ? null : this::recipients,
                    "no people(...) and recipients(...) were given"));
        }
        String noHttp = "no http(...) flows were given";
        tests.add(test(RuleId.COOKIE_DECLARED, CookieDeclaredRule.clause(context), http == null ? null : this::declaredCookies, noHttp));
        for (Cookie cookie : policy.cookies().cookies()) {
            if (cookie.required()) {
                tests.add(test(RuleId.COOKIE_SECURITY, CookieSecurityRule.clause(context, cookie),
                        http == null ? null : () -> secureCookie(cookie), noHttp));
            } else {
                tests.add(test(RuleId.COOKIE_CONSENT, CookieConsentRule.clause(context, cookie),
                        http == null ? null : () -> consentCookie(cookie), noHttp));
            }
        }
        tests.add(test(RuleId.MINIMUM_AGE, MinimumAgeRule.clause(context), signUp == null ? null : this::minimumAge,
                "no signUp(...) was given"));
        return tests.stream();
    }

    /**
     * Runs every contract outside JUnit and returns each clause's result, for tools and for tests that plant a drift
     * and look for the one clause it must fail.
     */
    public List<ContractResult> verify() {
        for (DynamicNode node : tests().toList()) {
            try {
                ((DynamicTest) node).getExecutable().execute();
            } catch (AssertionError | TestAbortedException e) {
                // recorded as the clause's result
            } catch (Throwable e) {
                throw new IllegalStateException("a part handed to the contracts failed: " + e, e);
            }
        }
        return results();
    }

    /** The results of the contracts run so far, as the report lists them. */
    public List<ContractResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    /** A contract's body: it returns what it verified, or throws {@link AssertionError} with what is wrong. */
    private interface Contract extends Supplier<String> {}

    /** The parts were handed over, but what the clause needs did not happen in them: nothing to verify. */
    private static final class NothingToVerify extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingToVerify(String why) {
            super(why, null, false, false);
        }
    }

    private DynamicNode test(RuleId rule, String clause, Contract contract, String missing) {
        return DynamicTest.dynamicTest(clause, () -> {
            if (contract == null) {
                record(new ContractResult(rule, clause, ContractResult.Outcome.NOT_VERIFIED, missing));
                throw new TestAbortedException("not verified at run time: " + missing);
            }
            try {
                String verified = contract.get();
                record(new ContractResult(rule, clause, ContractResult.Outcome.PASSED, verified));
            } catch (NothingToVerify e) {
                record(new ContractResult(rule, clause, ContractResult.Outcome.NOT_VERIFIED, e.getMessage()));
                throw new TestAbortedException("not verified at run time: " + e.getMessage());
            } catch (AssertionError e) {
                record(new ContractResult(rule, clause, ContractResult.Outcome.FAILED, e.getMessage()));
                throw new AssertionError(clause + " [" + rule.id() + "]\n  - " + e.getMessage(), e);
            }
        });
    }

    private void record(ContractResult result) {
        List<ContractResult> all;
        synchronized (results) {
            results.removeIf(r -> r.clause().equals(result.clause()));
            results.add(result);
            all = List.copyOf(results);
        }
        if (reportDirectory != null) {
            ReportWriter.write(loaded.policy().title() + " of " + loaded.policy().controller() + ", last updated "
                    + loaded.policy().lastUpdated() + " (" + loaded.source() + ")", all, reportDirectory);
        }
    }

    private static AssertionError fail(String message) {
        return new AssertionError(message);
    }

    // §5 Retention --------------------------------------------------------------------------------------------

    private <T> String retention(RetentionRule rule, Period period, RetentionContract<T> contract) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        // The boundary by the calendar: 3 months before 31 May is 28 February, not 90 days.
        LocalDate boundary = switch (period.unit()) {
            case DAYS -> today.minusDays(period.amount());
            case WEEKS -> today.minusWeeks(period.amount());
            case MONTHS -> today.minusMonths(period.amount());
            case YEARS -> today.minusYears(period.amount());
        };
        Instant young = boundary.plusDays(1).atTime(now.atZone(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        Instant old = boundary.minusDays(1).atTime(now.atZone(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        T keep = contract.data().create(young);
        T purge = contract.data().create(old);
        contract.job().apply(Clock.fixed(now, ZoneOffset.UTC)).run();
        boolean kept = contract.data().exists(keep);
        boolean purged = !contract.data().exists(purge);
        if (!purged) {
            throw fail(rule.label() + " made " + days(old) + " days before " + today + " survived the purge job, but the"
                    + " policy says purged within " + period + "; make the job delete them once they are older than "
                    + period + ", " + context.review());
        }
        if (!kept) {
            throw fail(rule.label() + " made " + days(young) + " days before " + today + " were purged, but the policy"
                    + " keeps them " + period + "; make the job delete only what is older than " + period + ", "
                    + context.review());
        }
        return "on " + today + ", the job kept " + rule.label() + " made " + days(young) + " days before and purged those"
                + " made " + days(old) + " days before";
    }

    /** After erasing a person and running the rule's removal jobs the period later, nothing of the category is left. */
    private String removal(RetentionRule rule, Period period) {
        DataCategory category = loaded.policy().collection().categories().stream()
                .filter(c -> c.id().equals(rule.category())).findFirst().orElseThrow();
        boolean erased = loaded.policy().rights().rights().stream().filter(r -> r.enforcedBy() == Right.Handler.ERASER)
                .anyMatch(r -> RightsHandlerRule.covered(context, r).contains(category));
        if (!erased) {
            throw new NothingToVerify("no right enforced by an eraser covers " + category.name() + ", so nothing here"
                    + " deletes it to start the period");
        }
        List<String> keys = keys(List.of(category));
        String person = seeded(FIRST, keys);
        eraser.erase(person);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant later = period.after(today).atTime(now.atZone(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        List<Function<Clock, Runnable>> jobs = removal.getOrDefault(rule.id(), List.of());
        jobs.forEach(job -> job.apply(Clock.fixed(later, ZoneOffset.UTC)).run());
        Map<String, List<String>> left = people.stored(person);
        List<String> remaining = keys.stream().filter(k -> left.get(k) != null && !left.get(k).isEmpty()).toList();
        if (!remaining.isEmpty()) {
            throw fail(String.join(", ", remaining) + " still hold a deleted person's data " + period + " after the"
                    + " deletion" + (jobs.isEmpty() ? " (no removal(\"" + rule.id() + "\", ...) job was given)" : "")
                    + ", but the policy says " + rule.label() + " are removed within " + period + "; remove them in"
                    + " time, " + context.review());
        }
        return "erased a person; " + (jobs.isEmpty() ? "at once" : "after " + jobs.size() + " removal jobs ran " + period
                + " later") + ", nothing of " + category.name() + " was left";
    }

    private long days(Instant at) {
        return ChronoUnit.DAYS.between(at, now);
    }

    // §6 Rights -----------------------------------------------------------------------------------------------

    /** The {@code category/element} keys of some categories. */
    private static List<String> keys(List<DataCategory> categories) {
        List<String> keys = new ArrayList<>();
        for (DataCategory c : categories) {
            for (DataElement e : c.elements()) {
                keys.add(c.id() + "/" + e.id());
            }
        }
        return keys;
    }

    /** Seeds a person and checks the fixture stored something of theirs in every element under test. */
    private String seeded(String marker, List<String> keys) {
        String person = people.seed(marker);
        Map<String, List<String>> stored = people.stored(person);
        List<String> missing = keys.stream().filter(k -> stored.get(k) == null
                || stored.get(k).stream().allMatch(v -> v == null || v.isBlank())).toList();
        if (!missing.isEmpty()) {
            throw fail("the People fixture stored no value in " + String.join(", ", missing) + " for the person it"
                    + " seeded: its seed(marker) must fill every element the policy lists, or the contract checks nothing");
        }
        return person;
    }

    private static boolean holds(List<String> values, String marker) {
        return values != null && values.stream().anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(marker));
    }

    private String erasure(List<DataCategory> covered) {
        List<String> keys = keys(covered);
        String first = seeded(FIRST, keys);
        String second = seeded(SECOND, keys);
        Map<String, List<String>> secondBefore = copy(people.stored(second));
        eraser.erase(first);
        Map<String, List<String>> left = people.stored(first);
        List<String> remaining = keys.stream().filter(k -> left.get(k) != null && !left.get(k).isEmpty()).toList();
        if (!remaining.isEmpty()) {
            throw fail("after erasing a person, " + String.join(", ", remaining) + " still hold their data; erase every"
                    + " element of the categories the right covers, " + context.review());
        }
        Map<String, List<String>> secondAfter = copy(people.stored(second));
        if (!secondAfter.equals(secondBefore)) {
            throw fail("erasing one person changed another's data (" + changed(secondBefore, secondAfter) + "); erase"
                    + " only the person who asked");
        }
        return "erased " + keys.size() + " elements of one person; another person's data unchanged";
    }

    private String export(List<DataCategory> covered) {
        List<String> keys = keys(covered);
        String first = seeded(FIRST, keys);
        String second = seeded(SECOND, keys);
        Map<String, List<String>> mine = people.stored(first);
        Map<String, ?> export = exporter.export(first);
        List<String> absent = new ArrayList<>();
        for (String key : keys) {
            String exported = String.valueOf(export.get(key));
            if (export.get(key) == null || mine.get(key).stream().anyMatch(v -> v != null && !exported.contains(v))) {
                absent.add(key);
            }
        }
        if (!absent.isEmpty()) {
            throw fail("the export of a person lacks " + String.join(", ", absent) + " (exported: "
                    + String.join(", ", new TreeSet<>(export.keySet())) + "); export every element of the categories the"
                    + " right covers, under its category/element key, " + context.review());
        }
        Set<String> theirs = new TreeSet<>();
        people.stored(second).values().forEach(values -> values.stream()
                .filter(v -> v != null && v.length() >= 3).forEach(theirs::add));
        mine.values().forEach(theirs::removeAll);
        List<String> leaked = export.entrySet().stream()
                .filter(e -> theirs.stream().anyMatch(v -> String.valueOf(e.getValue()).contains(v)))
                .map(Map.Entry::getKey).sorted().toList();
        if (!leaked.isEmpty()) {
            throw fail("the export of a person holds another person's data in " + String.join(", ", leaked)
                    + "; export only the person who asked");
        }
        return "exported all " + keys.size() + " elements of one person and nothing of another";
    }

    private String correction(List<DataCategory> covered) {
        List<String> keys = keys(covered);
        Set<String> correctable = new TreeSet<>(corrector.correctable());
        correctable.retainAll(keys);
        if (correctable.isEmpty()) {
            throw fail("the Corrector says it corrects none of " + String.join(", ", keys) + "; correct the elements the"
                    + " right covers, " + context.review());
        }
        String person = seeded(FIRST, keys);
        List<String> unchanged = new ArrayList<>();
        for (String key : correctable) {
            String value = "corrected" + key.replaceAll("[^a-z]", "");
            corrector.correct(person, key, value);
            if (!holds(people.stored(person).get(key), value)) {
                unchanged.add(key);
            }
        }
        if (!unchanged.isEmpty()) {
            throw fail("after correcting " + String.join(", ", unchanged) + ", the stored value did not change; store the"
                    + " corrected value, " + context.review());
        }
        List<String> notCorrectable = keys.stream().filter(k -> !correctable.contains(k)).toList();
        return "corrected and read back " + String.join(", ", correctable)
                + (notCorrectable.isEmpty() ? "" : "; not corrected by this corrector: " + String.join(", ", notCorrectable));
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> stored) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        new TreeSet<>(stored.keySet()).forEach(k -> out.put(k, List.copyOf(stored.get(k))));
        return out;
    }

    private static String changed(Map<String, List<String>> before, Map<String, List<String>> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return String.join(", ", keys.stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList());
    }

    // §4 Recipients -------------------------------------------------------------------------------------------

    private String recipients() {
        Policy policy = loaded.policy();
        List<String> keys = keys(policy.collection().categories());
        List<String> verified = new ArrayList<>();
        for (Recipient recipient : policy.sharing().recipients()) {
            String person = people.seed(FIRST);
            Map<String, List<String>> stored = people.stored(person);
            List<String> payloads = recipients.sent(recipient.id(), person);
            if (payloads == null) {
                continue; // this service does not call that recipient
            }
            List<String> refused = new ArrayList<>();
            for (String key : keys) {
                String category = key.substring(0, key.indexOf('/'));
                if (recipient.categories().contains(category)) {
                    continue;
                }
                for (String value : stored.getOrDefault(key, List.of())) {
                    if (value != null && value.length() >= 3 && payloads.stream().anyMatch(p -> p != null && p.contains(value))) {
                        refused.add(key);
                        break;
                    }
                }
            }
            if (!refused.isEmpty()) {
                throw fail("what the service sends " + recipient.name() + " holds " + String.join(", ", refused)
                        + ", which the policy lets it receive only "
                        + (recipient.categories().isEmpty() ? "no category" : String.join(", ", recipient.categories()))
                        + "; stop passing that data, or add the category to the recipient in " + context.source()
                        + " with legal's review");
            }
            verified.add(recipient.id() + " (" + payloads.size() + " payloads)");
        }
        if (verified.isEmpty()) {
            throw fail("recipients(...) returned no payload for any recipient of the policy; run the flows that call the"
                    + " adapters, or leave recipients(...) out and the clause is listed as not verified");
        }
        return "payloads to " + String.join(", ", verified) + " hold only the categories each may receive";
    }

    // §8 Cookies ----------------------------------------------------------------------------------------------

    /** One {@code Set-Cookie} header, parsed. */
    record SetCookie(Flow flow, String name, Map<String, String> attributes) {
        static SetCookie parse(Flow flow, String header) {
            String[] parts = header.split(";");
            String pair = parts[0].trim();
            int eq = pair.indexOf('=');
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String a = parts[i].trim();
                int e = a.indexOf('=');
                attributes.put((e < 0 ? a : a.substring(0, e)).toLowerCase(Locale.ROOT), e < 0 ? "" : a.substring(e + 1));
            }
            return new SetCookie(flow, eq < 0 ? pair : pair.substring(0, eq).trim(), attributes);
        }

        boolean deletes() {
            return "0".equals(attributes.get("max-age"));
        }

        @Override
        public String toString() {
            return name + " (" + flow.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
    }

    private List<SetCookie> cookiesOf(Flow... flows) {
        List<SetCookie> cookies = new ArrayList<>();
        for (Flow flow : flows) {
            for (String header : http.setCookieHeaders(flow)) {
                cookies.add(SetCookie.parse(flow, header));
            }
        }
        return cookies;
    }

    private String declaredCookies() {
        List<SetCookie> all = cookiesOf(Flow.values());
        Set<String> declared = new TreeSet<>();
        loaded.policy().cookies().cookies().forEach(c -> declared.addAll(c.names()));
        List<String> undeclared = all.stream().filter(c -> !declared.contains(c.name())).map(SetCookie::toString)
                .distinct().toList();
        if (!undeclared.isEmpty()) {
            throw fail("the service set " + String.join(", ", undeclared) + ", which the policy does not declare (it"
                    + " lists " + String.join(", ", declared) + "); stop setting it, or add it to a cookie's names in "
                    + context.source() + " with legal's review");
        }
        return all.size() + " Set-Cookie headers in " + Flow.values().length + " flows, all declared";
    }

    private String consentCookie(Cookie cookie) {
        List<SetCookie> before = cookiesOf(Flow.ANONYMOUS_VISIT, Flow.SIGN_IN, Flow.CONSENT_REFUSED).stream()
                .filter(c -> cookie.names().contains(c.name()) && !c.deletes()).toList();
        if (!before.isEmpty()) {
            throw fail("the service set " + String.join(", ", before.stream().map(SetCookie::toString).distinct().toList())
                    + " without consent, but the policy marks " + cookie.name() + " not required; set it only after"
                    + " consent, " + context.review());
        }
        boolean afterConsent = cookiesOf(Flow.CONSENT_GIVEN).stream().anyMatch(c -> cookie.names().contains(c.name()));
        return "not set before consent" + (afterConsent ? "; set once consent is given" : "");
    }

    private String secureCookie(Cookie cookie) {
        List<SetCookie> sets = cookiesOf(Flow.values()).stream()
                .filter(c -> cookie.names().contains(c.name()) && !c.deletes()).toList();
        List<String> problems = new ArrayList<>();
        for (SetCookie c : sets) {
            List<String> missing = new ArrayList<>();
            if (!c.attributes().containsKey("secure")) {
                missing.add("Secure");
            }
            if (!c.attributes().containsKey("httponly") && !cookie.scriptReadable()) {
                missing.add("HttpOnly");
            }
            if (!c.attributes().containsKey("samesite")) {
                missing.add("SameSite");
            }
            if (!missing.isEmpty()) {
                problems.add(c + " without " + String.join(", ", missing));
            }
        }
        if (!problems.isEmpty()) {
            throw fail("the service set " + String.join("; ", problems.stream().distinct().toList()) + "; a required"
                    + " cookie is Secure, HttpOnly (unless the policy marks it scriptReadable) and has a SameSite");
        }
        if (sets.isEmpty()) {
            throw new NothingToVerify("none of the four flows set " + cookie.name() + " ("
                    + String.join(", ", cookie.names()) + "), so its flags were not seen");
        }
        return sets.size() + " Set-Cookie headers of " + cookie.id() + ", each Secure"
                + (cookie.scriptReadable() ? "" : ", HttpOnly") + " and with a SameSite";
    }

    // §9 Children ---------------------------------------------------------------------------------------------

    private String minimumAge() {
        int age = loaded.policy().childrenAndChanges().children().minimumAge();
        if (signUp.accepts(age - 1)) {
            throw fail("sign-up accepted a person aged " + (age - 1) + ", but the policy says the service is not for"
                    + " children under " + age + "; refuse sign-up below " + age + ", " + context.review());
        }
        if (!signUp.accepts(age)) {
            throw fail("sign-up refused a person aged " + age + ", the policy's minimum age; accept sign-up from " + age);
        }
        return "sign-up refused age " + (age - 1) + " and accepted age " + age;
    }

    /** The parts of a service the contracts exercise; each is optional, and what is left out is listed as not verified. */
    public static final class Builder {
        private Policy policy;
        private Path policyFile;
        private String resource = PolicyCheck.DEFAULT_RESOURCE;
        private final Map<String, RetentionContract<?>> retention = new LinkedHashMap<>();
        private final Map<String, List<Function<Clock, Runnable>>> removal = new LinkedHashMap<>();
        private People people;
        private Eraser eraser;
        private Exporter exporter;
        private Corrector corrector;
        private HttpFlows http;
        private SignUp signUp;
        private RecipientPayloads recipients;
        private Instant now = Instant.now();
        private Path reportDirectory = PolicyCheck.DEFAULT_REPORT;

        private Builder() {}

        /** A policy file on disk instead of the classpath resource. */
        public Builder policyFile(Path file) {
            this.policyFile = file;
            return this;
        }

        /** The classpath resource holding the policy. Default {@value PolicyCheck#DEFAULT_RESOURCE}. */
        public Builder policyResource(String resource) {
            this.resource = resource;
            return this;
        }

        /** A policy already loaded. */
        public Builder policy(Policy policy) {
            this.policy = policy;
            return this;
        }

        /**
         * The purge contract of a retention rule purged automatically: items made a day inside and a day outside the
         * period, then the job run on a clock fixed at "now"; the first must survive and the second be gone.
         */
        public <T> Builder retention(String rule, Retained<T> data, Function<Clock, Runnable> job) {
            retention.put(rule, new RetentionContract<>(data, job));
            return this;
        }

        /**
         * A job that removes a deleted person's data of a rule with {@code afterDeletion: {removedWithin: ...}}, run on
         * a clock set that period after the deletion. Without one, the eraser alone must leave nothing.
         */
        public Builder removal(String rule, Function<Clock, Runnable> job) {
            removal.computeIfAbsent(rule, k -> new ArrayList<>()).add(job);
            return this;
        }

        public Builder people(People people) {
            this.people = people;
            return this;
        }

        public Builder eraser(Eraser eraser) {
            this.eraser = eraser;
            return this;
        }

        public Builder exporter(Exporter exporter) {
            this.exporter = exporter;
            return this;
        }

        public Builder corrector(Corrector corrector) {
            this.corrector = corrector;
            return this;
        }

        public Builder http(HttpFlows flows) {
            this.http = flows;
            return this;
        }

        public Builder signUp(SignUp signUp) {
            this.signUp = signUp;
            return this;
        }

        public Builder recipients(RecipientPayloads recipients) {
            this.recipients = recipients;
            return this;
        }

        /** The time the contracts run at. Default: the current time. */
        public Builder now(Instant now) {
            this.now = now;
            return this;
        }

        /** Where the report is written (shared with the static check); null for none. Default {@code target/privacy-policy}. */
        public Builder reportDirectory(Path directory) {
            this.reportDirectory = directory;
            return this;
        }

        public PolicyContracts build() {
            return new PolicyContracts(this);
        }
    }
}

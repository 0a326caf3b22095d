package tech.openfactory.policy.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyHistory;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.model.PublishedVersion;
import tech.openfactory.policy.translation.ShownUnit;
import tech.openfactory.policy.translation.StalePolicy;
import tech.openfactory.policy.translation.TranslatedPage;
import tech.openfactory.policy.translation.Translation;
import tech.openfactory.policy.translation.TranslationLoader;
import tech.openfactory.policy.translation.TranslationStatus;
import tech.openfactory.policy.translation.Translations;

/**
 * The translated pages of a build, from the model's translations: each published version's frozen ones
 * ({@link PublishedVersion#translations()}), and the living ones ({@code content/privacy/translations/}) for the
 * page of a policy with nothing published yet. A thin adapter: which unit is current, stale or missing is the
 * model's business ({@link TranslationStatus}); with {@link StalePolicy#REFUSE} a stale unit anywhere fails the
 * build, every one named at its line.
 */
final class SiteTranslations {
    private final Map<PublishedVersion, List<PageTranslation>> byVersion;
    private final List<PageTranslation> living;

    private SiteTranslations(Map<PublishedVersion, List<PageTranslation>> byVersion, List<PageTranslation> living) {
        this.byVersion = byVersion;
        this.living = living;
    }

    /** The translations of every page of a history whose folder is {@code privacy}. */
    static SiteTranslations of(PolicyHistory history, Path privacy, StalePolicy stale) throws PolicyException {
        List<Problem> problems = new ArrayList<>();
        Map<PublishedVersion, List<PageTranslation>> byVersion = new IdentityHashMap<>();
        List<PublishedVersion> versions = history.versions();
        for (int i = 0; i < versions.size(); i++) {
            PublishedVersion version = versions.get(i);
            List<PublishedVersion> upTo = versions.subList(0, i + 1);
            List<PageTranslation> pages = new ArrayList<>();
            for (Translation translation : version.translations()) {
                try {
                    pages.add(page(version.policy(), translation, stale,
                            Translations.matchedVersion(upTo, translation).orElse(null)));
                } catch (PolicyException e) {
                    problems.addAll(e.problems());
                }
            }
            byVersion.put(version, List.copyOf(pages));
        }
        List<Translation> livingFiles;
        try {
            livingFiles = new TranslationLoader().loadAll(privacy.resolve(Translations.DIRECTORY));
        } catch (PolicyException e) {
            problems.addAll(e.problems());
            livingFiles = List.of();
        }
        List<PageTranslation> living = new ArrayList<>();
        if (versions.isEmpty()) { // only then is the living policy a page
            for (Translation translation : livingFiles) {
                try {
                    living.add(page(history.living(), translation, stale, null));
                } catch (PolicyException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems.stream().sorted().toList());
        }
        return new SiteTranslations(byVersion, List.copyOf(living));
    }

    private static PageTranslation page(Policy english, Translation translation, StalePolicy stale,
            PublishedVersion matches) throws PolicyException {
        TranslatedPage page = TranslationStatus.of(english, translation).page(stale);
        Map<String, String> current = page.units().stream().filter(u -> !u.inEnglish())
                .collect(Collectors.toUnmodifiableMap(ShownUnit::key, ShownUnit::text));
        Set<String> staleKeys = page.stale().stream().map(ShownUnit::key).collect(Collectors.toUnmodifiableSet());
        return new PageTranslation(translation.locale(), translation.language(), translation.rightToLeft(), matches,
                key -> Optional.ofNullable(current.get(key)), staleKeys);
    }

    /** The translations frozen with a version, ordered by tag. */
    List<PageTranslation> of(PublishedVersion version) {
        return byVersion.getOrDefault(version, List.of());
    }

    /** The translations of the living policy's page, when nothing is published; ordered by tag. */
    List<PageTranslation> living() {
        return living;
    }

    /** A translation of a version in a language, if it has one. */
    Optional<PageTranslation> of(PublishedVersion version, String tag) {
        return of(version).stream().filter(t -> t.tag().equals(tag)).findFirst();
    }
}

package tech.openfactory.policy.translation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tech.openfactory.policy.model.Checksum;
import tech.openfactory.policy.model.Passage;
import tech.openfactory.policy.model.PolicyText;
import tech.openfactory.policy.model.PublishedVersion;

/** Where translations live and how a unit is tied to the English text it translates. */
public final class Translations {
    /** The folder of living translations below the privacy folder: {@code content/privacy/translations}. */
    public static final String DIRECTORY = "translations";

    private Translations() {}

    /**
     * The SHA-256 (lower-case hex) of an English passage's text, its Markdown source with placeholders unfilled,
     * encoded as UTF-8: what a unit's {@code source:} records. A fact changed in the policy changes no source text,
     * so it makes no translation stale.
     */
    public static String sourceHash(String englishText) {
        return Checksum.sha256(englishText.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The latest published version whose English the translation matches: no translated unit is stale against it
     * (units the version lacks do not count) and at least one is current. For the note "this translation matches
     * the English version of ...". Empty when no version qualifies.
     */
    public static Optional<PublishedVersion> matchedVersion(List<PublishedVersion> versions, Translation translation) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            PublishedVersion version = versions.get(i);
            boolean current = false;
            boolean stale = false;
            for (Passage passage : PolicyText.passages(version.policy())) {
                var unit = translation.unit(passage.key());
                if (unit.isPresent()) {
                    if (unit.get().source().equals(sourceHash(passage.text()))) {
                        current = true;
                    } else {
                        stale = true;
                    }
                }
            }
            if (current && !stale) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}

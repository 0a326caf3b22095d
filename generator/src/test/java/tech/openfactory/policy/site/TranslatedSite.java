package tech.openfactory.policy.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.Passage;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.PolicyText;
import tech.openfactory.policy.model.Release;
import tech.openfactory.policy.translation.Translations;

/**
 * Content with translations, for the tests of translated pages: the real policy released as 2026-04-08 with a
 * German translation of every unit and an Arabic one of the summary only, then reworded (its summary) and released
 * as 2026-05-04 with the same translation files, whose summary is now stale. Built as of {@link #AS_OF}, the
 * reworded version is in force.
 */
public final class TranslatedSite {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    public static final String FIRST = "2026-04-08";
    public static final String SECOND = "2026-05-04";
    /** The summary of the first version, and the words the second changes in it. */
    public static final String SUMMARY_WORDS = "OpenFactory collects the minimum data";
    public static final String REWORDED_SUMMARY = "OpenFactory collects only the minimum data";

    /** German of the units the tests read; every other unit is "[de] " and its English. */
    public static final Map<String, String> GERMAN = Map.of(
            "title", "Datenschutzerklärung",
            "summary.title", "Das Wichtigste in Kürze",
            "summary.text", "OpenFactory erhebt nur die Daten, die für den Betrieb des Dienstes nötig sind.",
            "retention.title", "Speicherdauer",
            "rights.requests", "Anfragen zum Datenschutz beantworten wir über {{contact.email}} und erledigen sie"
                    + " in der Regel deutlich vor Ablauf der {{rights.responseTime:compound}}-Frist.",
            "childrenAndChanges.children.text", "OpenFactory richtet sich nicht an Kinder unter"
                    + " {{childrenAndChanges.children.minimumAge}} Jahren.");
    public static final String ARABIC_SUMMARY = "تجمع OpenFactory الحدّ الأدنى فقط من البيانات اللازمة لتشغيل الخدمة.";

    private TranslatedSite() {}

    /** The two versions, translated, in {@code dir/content}; returns the content folder. */
    public static Path history(Path dir) throws IOException, PolicyException {
        Path content = dir.resolve("content");
        Path privacy = content.resolve("privacy");
        String policy = Project.policyText();
        Project.contentWith(content, policy);
        translate(privacy, policy);
        Release.builder().kind(ChangeKind.INITIAL).summary("First published version.")
                .date(LocalDate.parse(FIRST)).build().publish(privacy);
        String reworded = replaceOnce(replaceOnce(policy, SUMMARY_WORDS, REWORDED_SUMMARY),
                "lastUpdated: " + FIRST, "lastUpdated: " + SECOND);
        Files.writeString(privacy.resolve("policy.yaml"), reworded, StandardCharsets.UTF_8);
        Release.builder().kind(ChangeKind.EDITORIAL).summary("Clearer summary.").date(LocalDate.parse(SECOND))
                .build().publish(privacy);
        return content;
    }

    /** A policy with nothing published, and its German translation, in {@code dir/content}. */
    public static Path living(Path dir, String policy) throws IOException, PolicyException {
        Path content = Project.contentWith(dir.resolve("content"), policy);
        translate(content.resolve("privacy"), policy);
        return content;
    }

    /** Writes {@code translations/de.yaml} (every unit) and {@code translations/ar.yaml} (the summary). */
    static void translate(Path privacy, String policyText) throws IOException, PolicyException {
        var policy = PolicyLoader.builder().build().load("policy.yaml",
                policyText.getBytes(StandardCharsets.UTF_8));
        Map<String, String> german = new LinkedHashMap<>();
        Map<String, String> arabic = new LinkedHashMap<>();
        for (Passage passage : PolicyText.passages(policy)) {
            german.put(passage.key(), GERMAN.getOrDefault(passage.key(), "[de] " + passage.text()));
        }
        arabic.put("summary.text", ARABIC_SUMMARY);
        Path dir = Files.createDirectories(privacy.resolve(Translations.DIRECTORY));
        Files.writeString(dir.resolve("de.yaml"), yaml("de", "Deutsch", german, policy), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ar.yaml"), yaml("ar", "العربية", arabic, policy), StandardCharsets.UTF_8);
    }

    /** A translation file whose units translate the given policy's English texts. */
    static String yaml(String tag, String language, Map<String, String> units, tech.openfactory.policy.model.Policy english) {
        Map<String, String> sources = new LinkedHashMap<>();
        PolicyText.passages(english).forEach(p -> sources.put(p.key(), Translations.sourceHash(p.text())));
        StringBuilder out = new StringBuilder("locale: " + tag + "\nlanguage: " + language + "\nunits:\n");
        units.forEach((key, text) -> out.append("  ").append(key).append(":\n    source: ").append(sources.get(key))
                .append("\n    text: \"").append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                .append("\"\n"));
        return out.toString();
    }

    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("must contain once: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}

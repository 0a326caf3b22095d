package tech.openfactory.policy.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.internal.LockEntry;
import tech.openfactory.policy.model.internal.LockFile;
import tech.openfactory.policy.translation.Translation;
import tech.openfactory.policy.translation.TranslationLoader;
import tech.openfactory.policy.translation.TranslationStatus;
import tech.openfactory.policy.translation.Translations;

/**
 * Freezes the living policy as the next published version: checks the declared kind against the one computed
 * from the facts and the dates against the policy's change rules, then writes {@code versions/<lastUpdated>.yaml}
 * (the living file, byte for byte) and appends it to {@code versions.lock}. Each living translation,
 * {@code translations/<locale>.yaml}, is frozen with it: copied byte for byte to
 * {@code versions/<lastUpdated>/<locale>.yaml} and recorded with its SHA-256 under the version in the lock, so the
 * version's translated pages never change. A translation that does not load, or whose placeholders differ from the
 * English ones, stops the release; missing and stale units do not (the page shows them in English).
 *
 * <ul>
 * <li>editorial: the effective date stays that of the version before; the last-updated date moves;</li>
 * <li>material: the effective date is at least the notice period ({@code childrenAndChanges.changes.noticePeriod})
 * after the release date;</li>
 * <li>declaring editorial what the facts make material needs a written reason, shown in the changelog.</li>
 * </ul>
 */
public final class Release {
    private final ChangeKind kind;
    private final String summary;
    private final String reason;
    private final LocalDate date;
    private final PolicyLoader loader;

    private Release(Builder b) {
        this.kind = b.kind;
        this.summary = b.summary;
        this.reason = b.reason;
        this.date = b.date;
        this.loader = b.loader;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Publishes the living policy below {@code privacy} ({@code content/privacy}).
     *
     * @throws PolicyException when history is broken or a release rule is not met; nothing is written then
     * @throws IOException     when the files cannot be written
     */
    public PublishedVersion publish(Path privacy) throws PolicyException, IOException {
        PolicyHistory history = new HistoryLoader(loader).load(privacy);
        Path livingFile = privacy.resolve(HistoryLoader.LIVING);
        byte[] bytes = Files.readAllBytes(livingFile);
        Policy living = history.living();
        List<Problem> problems = new ArrayList<>();
        String shown = livingFile.toString();
        ChangeKind recorded = kind;

        if (history.latest().isEmpty()) {
            if (kind != ChangeKind.INITIAL) {
                problems.add(new Problem(shown, 1, 1, "", "nothing is published yet, so this is the initial version;"
                        + " release it with --kind initial"));
            }
            if (living.lastUpdated().isAfter(date)) {
                // A version is released on or after its last update: history refuses a lock that says otherwise.
                problems.add(problem(shown, bytes, "lastUpdated", living.lastUpdated() + " is after the release date "
                        + date + "; write lastUpdated: " + date));
            }
        } else {
            PublishedVersion latest = history.latest().get();
            PolicyDiff diff = PolicyDiff.between(latest.policy(), living);
            if (kind == ChangeKind.INITIAL) {
                problems.add(new Problem(shown, 1, 1, "", "versions are already published, the latest " + latest.id()
                        + "; release with --kind editorial or --kind material"));
            } else if (diff.kind() == ChangeKind.NONE) {
                problems.add(new Problem(shown, 1, 1, "", "nothing to release: the policy says exactly what version "
                        + latest.id() + " says; edit it first"));
            } else if (kind == ChangeKind.EDITORIAL && diff.kind() == ChangeKind.MATERIAL && blank(reason)) {
                String material = diff.facts().stream().filter(Change::material)
                        .map(c -> c.type().name().toLowerCase(java.util.Locale.ROOT) + " " + c.what() + " '" + c.subject() + "'"
                                + (c.aspect() == null ? "" : " (" + c.aspect().words() + ")"))
                        .collect(Collectors.joining(", "));
                problems.add(new Problem(shown, 1, 1, "", "declared editorial, but these changes are material: "
                        + material + "; release with --kind material, or give --reason to say why readers need no"
                        + " notice (the reason is shown in the changelog)"));
            }
            if (diff.kind() != ChangeKind.NONE) {
                dates(livingFile, bytes, living, latest, problems);
            }
            if (date.isBefore(latest.released())) {
                problems.add(new Problem(shown, 1, 1, "", "the release date " + date + " is before " + latest.released()
                        + ", when the latest version " + latest.id() + " was released; versions are released in"
                        + " order: release with --date " + latest.released() + " or later"));
            }
        }
        List<Path> translationFiles = List.of();
        try {
            translationFiles = TranslationLoader.files(privacy.resolve(Translations.DIRECTORY));
        } catch (PolicyException e) {
            problems.addAll(e.problems());
        }
        List<byte[]> translationBytes = new ArrayList<>();
        List<Translation> translations = new ArrayList<>();
        TranslationLoader translationLoader = new TranslationLoader();
        for (Path file : translationFiles) {
            byte[] read = Files.readAllBytes(file);
            try {
                Translation translation = translationLoader.load(file.toString(), read);
                problems.addAll(TranslationStatus.of(living, translation).errors());
                translations.add(translation);
                translationBytes.add(read);
            } catch (PolicyException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }

        String name = living.lastUpdated() + ".yaml";
        Path versions = Files.createDirectories(privacy.resolve(HistoryLoader.VERSIONS));
        List<LockEntry> entries = new ArrayList<>();
        for (PublishedVersion v : history.versions()) {
            entries.add(new LockEntry(v.file(), v.sha256(), v.kind(), v.released(), v.summary(), v.reason(),
                    v.translations().stream().map(t -> new LockEntry.LockedTranslation(frozenName(v.id(), t),
                            t.sha256(), 0, 0)).toList(), 0, 0));
        }
        String sha = Checksum.sha256(bytes);
        String id = living.lastUpdated().toString();
        entries.add(new LockEntry(name, sha, recorded, date, summary.strip(), blank(reason) ? null : reason.strip(),
                translations.stream().map(t -> new LockEntry.LockedTranslation(frozenName(id, t), t.sha256(), 0, 0))
                        .toList(), 0, 0));
        // The version and its translations first (none may exist), then the lock by an atomic rename: a crash
        // leaves either the old history or the new one, plus at worst stray files that check reports.
        Files.write(versions.resolve(name), bytes, StandardOpenOption.CREATE_NEW);
        List<Translation> frozen = new ArrayList<>();
        if (!translations.isEmpty()) {
            Files.createDirectories(versions.resolve(id));
        }
        for (int i = 0; i < translations.size(); i++) {
            Path file = versions.resolve(frozenName(id, translations.get(i)));
            Files.write(file, translationBytes.get(i), StandardOpenOption.CREATE_NEW);
            try {
                frozen.add(translationLoader.load(file.toString(), translationBytes.get(i)));
            } catch (PolicyException e) {
                throw new IllegalStateException("a translation that loaded no longer loads under its frozen name", e);
            }
        }
        Path lock = versions.resolve(HistoryLoader.LOCK);
        Path temp = Files.createTempFile(versions, ".versions.lock.", ".tmp");
        Files.write(temp, LockFile.write(entries));
        Files.move(temp, lock, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new PublishedVersion(name, living, sha, recorded, date, summary.strip(),
                blank(reason) ? null : reason.strip(), frozen);
    }

    /** Where a translation is frozen with a version, relative to the versions folder: {@code 2026-04-08/de.yaml}. */
    private static String frozenName(String version, Translation translation) {
        return version + "/" + translation.tag() + ".yaml";
    }

    private void dates(Path file, byte[] bytes, Policy living, PublishedVersion latest, List<Problem> problems) {
        String shown = file.toString();
        if (!living.lastUpdated().isAfter(latest.lastUpdated())) {
            problems.add(problem(shown, bytes, "lastUpdated", "must be after " + latest.lastUpdated()
                    + ", the last-updated date of the latest version; write lastUpdated: " + date));
        } else if (living.lastUpdated().isAfter(date)) {
            problems.add(problem(shown, bytes, "lastUpdated", living.lastUpdated() + " is after the release date "
                    + date + "; write lastUpdated: " + date));
        }
        if (kind == ChangeKind.EDITORIAL && !living.effective().equals(latest.effective())) {
            problems.add(problem(shown, bytes, "effective", "an editorial change keeps the effective date of the"
                    + " version before; write effective: " + latest.effective() + ", or release with --kind material"));
        }
        if (kind == ChangeKind.MATERIAL) {
            Period notice = living.childrenAndChanges().changes().noticePeriod();
            if (notice == null) {
                problems.add(problem(shown, bytes, "childrenAndChanges.changes", "a material change needs the notice"
                        + " period it must respect; add noticePeriod: (e.g. 30 days) under childrenAndChanges.changes"));
            } else {
                LocalDate earliest = notice.after(date);
                if (living.effective().isBefore(earliest)) {
                    problems.add(problem(shown, bytes, "effective", "a material change released on " + date
                            + " takes effect after the notice period of " + notice + "; write effective: " + earliest
                            + " or later"));
                }
            }
            if (living.effective().isBefore(latest.effective())) {
                problems.add(problem(shown, bytes, "effective", "is before " + latest.effective()
                        + ", the effective date of the latest version; effective dates never go back"));
            }
        }
    }

    private static Problem problem(String file, byte[] bytes, String path, String message) {
        int[] at = tech.openfactory.policy.model.internal.NodeLocator.locate(bytes, path);
        return new Problem(file, at[0], at[1], path, message);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The options of a release; kind, summary and date are required. */
    public static final class Builder {
        private ChangeKind kind;
        private String summary;
        private String reason;
        private LocalDate date;
        private PolicyLoader loader = PolicyLoader.builder().build();

        private Builder() {}

        /** initial (the first version only), editorial or material. */
        public Builder kind(ChangeKind kind) {
            this.kind = kind;
            return this;
        }

        /** One line for the versions list and the feed. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Why a change the facts make material is published as editorial; optional. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** The release date: normally today. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder loader(PolicyLoader loader) {
            this.loader = loader;
            return this;
        }

        public Release build() {
            if (kind == null || kind == ChangeKind.NONE || blank(summary) || date == null) {
                throw new IllegalArgumentException("a release needs a kind (initial, editorial or material), a"
                        + " summary and a date");
            }
            return new Release(this);
        }
    }
}

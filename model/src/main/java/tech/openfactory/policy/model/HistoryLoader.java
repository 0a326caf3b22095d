package tech.openfactory.policy.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tech.openfactory.policy.model.internal.LockEntry;
import tech.openfactory.policy.model.internal.LockFile;
import tech.openfactory.policy.model.internal.NodeLocator;
import tech.openfactory.policy.translation.Translation;
import tech.openfactory.policy.translation.TranslationLoader;
import tech.openfactory.policy.translation.Translations;

/**
 * Loads the living policy and every published version below a privacy folder ({@code content/privacy}), and
 * checks that history was never rewritten: each version is the file the lock names, byte for byte, in the order
 * published, with dates that only move forward, and each translation frozen with a version is the file the lock
 * names under it. Every problem is reported at once, each naming its file.
 *
 * <pre>
 * content/privacy/policy.yaml                  the living policy
 * content/privacy/versions/2026-04-08.yaml     a published version, named by its last-updated date
 * content/privacy/versions/2026-04-08/de.yaml  a translation frozen with it (see {@link Translation})
 * content/privacy/versions/versions.lock       the published versions and their translations with their SHA-256,
 *                                              written by release
 * </pre>
 *
 * The living translations ({@code content/privacy/translations}) are not part of the history: {@link
 * TranslationLoader} reads them.
 */
public final class HistoryLoader {
    public static final String LIVING = "policy.yaml";
    public static final String VERSIONS = "versions";
    public static final String LOCK = "versions.lock";

    private static final String RESTORE = "a published version is frozen: restore it with git checkout and publish"
            + " the change as a new version with `policy release`";

    private final TranslationLoader translationLoader = new TranslationLoader();

    private final PolicyLoader loader;

    public HistoryLoader(PolicyLoader loader) {
        this.loader = loader;
    }

    public PolicyHistory load(Path privacy) throws PolicyException {
        List<Problem> problems = new ArrayList<>();
        Policy living = load(privacy.resolve(LIVING), problems);
        List<PublishedVersion> versions = versions(privacy.resolve(VERSIONS), problems);
        if (living != null && versions.isEmpty() && living.lastUpdated().isBefore(living.effective())) {
            problems.add(dateProblem(privacy.resolve(LIVING)));
        }
        if (living != null && !versions.isEmpty()) {
            livingDates(privacy.resolve(LIVING), living, versions.get(versions.size() - 1), problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(sorted(problems));
        }
        return new PolicyHistory(living, versions);
    }

    private Policy load(Path file, List<Problem> problems) {
        try {
            return loader.load(file);
        } catch (PolicyException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private List<PublishedVersion> versions(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path lockFile = dir.resolve(LOCK);
        Set<String> onDisk = yamlFiles(dir, problems);
        byte[] lockBytes;
        try {
            lockBytes = Files.readAllBytes(lockFile);
        } catch (NoSuchFileException e) {
            if (!onDisk.isEmpty()) {
                problems.add(new Problem(lockFile.toString(), 1, 1, "", "missing, yet " + dir + " holds versions; "
                        + "restore it with git checkout, or let `policy release` create it"));
            }
            return List.of();
        } catch (IOException e) {
            problems.add(new Problem(lockFile.toString(), 1, 1, "", "cannot read (" + e.getMessage() + ")"));
            return List.of();
        }
        List<LockEntry> entries = LockFile.read(lockFile.toString(), lockBytes, problems);
        if (entries == null) {
            return List.of();
        }
        // Reading and parsing the files is independent per version: done on all cores, checked in order below.
        List<Loaded> loaded = entries.parallelStream().map(entry -> read(dir.resolve(entry.file()))).toList();
        List<PublishedVersion> versions = new ArrayList<>();
        PublishedVersion previous = null;
        LocalDate previousDate = null;
        Set<String> frozen = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            LockEntry entry = entries.get(i);
            String where = "versions[" + i + "]";
            onDisk.remove(entry.file());
            entry.translations().forEach(t -> frozen.add(t.file()));
            LocalDate named = dateOf(entry.file());
            if (named == null) {
                problems.add(at(lockFile, entry, where + ".file", "'" + entry.file() + "' is not a version file name;"
                        + " versions are named by their last-updated date, e.g. 2026-04-08.yaml; " + RESTORE));
                continue;
            }
            if (previousDate != null && !named.isAfter(previousDate)) {
                problems.add(at(lockFile, entry, where, entry.file() + " is listed after " + previousDate
                        + ".yaml; versions are listed oldest first and never reordered; restore versions.lock with"
                        + " git checkout"));
            }
            previousDate = named;
            Path file = dir.resolve(entry.file());
            Loaded read = loaded.get(i);
            if (read.bytes() == null) {
                problems.add(at(lockFile, entry, where + ".file", "published version " + entry.file()
                        + " is missing; published versions are never deleted: restore it with git checkout -- " + file));
                continue;
            }
            String sha = read.sha256();
            if (!sha.equals(entry.sha256())) {
                problems.add(new Problem(file.toString(), 1, 1, "", "this published version was changed (its SHA-256"
                        + " is " + sha + ", versions.lock records " + entry.sha256() + "); " + RESTORE));
                continue;
            }
            problems.addAll(read.problems());
            List<Translation> translations = translations(dir, lockFile, entry, where, problems);
            Policy policy = read.policy();
            if (policy == null) {
                continue;
            }
            PublishedVersion version = new PublishedVersion(entry.file(), policy, sha, entry.kind(), entry.released(),
                    entry.summary(), entry.reason(), translations);
            checkDates(file, lockFile, entry, where, version, previous, problems);
            versions.add(version);
            previous = version;
        }
        for (String stray : onDisk) {
            problems.add(new Problem(dir.resolve(stray).toString(), 1, 1, "", "not in versions.lock; versions are"
                    + " published only by `policy release`: delete this file, or edit policy.yaml and release it"));
        }
        for (String stray : frozenOnDisk(dir, problems)) {
            if (!frozen.contains(stray)) {
                String name = stray.substring(stray.indexOf('/') + 1);
                problems.add(new Problem(dir.resolve(stray).toString(), 1, 1, "", "not in versions.lock; translations"
                        + " are frozen only by `policy release`, with the version they translate: delete this file,"
                        + " and edit " + Translations.DIRECTORY + "/" + name + " for the next version"));
            }
        }
        return versions;
    }

    /**
     * The translations the lock records under a version, each checked against its SHA-256 and loaded; problems for
     * the missing, changed and unreadable ones.
     */
    private List<Translation> translations(Path dir, Path lockFile, LockEntry entry, String where,
            List<Problem> problems) {
        String id = entry.file().substring(0, entry.file().length() - ".yaml".length());
        List<Translation> out = new ArrayList<>();
        for (int j = 0; j < entry.translations().size(); j++) {
            LockEntry.LockedTranslation locked = entry.translations().get(j);
            String at = where + ".translations[" + j + "].file";
            if (!locked.file().matches(java.util.regex.Pattern.quote(id) + "/[A-Za-z0-9-]+\\.yaml")) {
                problems.add(lockProblem(lockFile, entry, at, "'" + locked.file() + "' is not a translation frozen"
                        + " with " + entry.file() + "; those are named " + id + "/<locale>.yaml, e.g. " + id + "/de.yaml; restore"
                        + " versions.lock with git checkout"));
                continue;
            }
            Path file = dir.resolve(locked.file());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(lockProblem(lockFile, entry, at, "frozen translation " + locked.file() + " is missing;"
                        + " a translation released with a version is never deleted: restore it with git checkout -- "
                        + file));
                continue;
            }
            String sha = Checksum.sha256(bytes);
            if (!sha.equals(locked.sha256())) {
                String living = locked.file().substring(id.length() + 1);
                problems.add(new Problem(file.toString(), 1, 1, "", "this frozen translation was changed (its SHA-256"
                        + " is " + sha + ", versions.lock records " + locked.sha256() + "); a translation released with"
                        + " version " + id + " is frozen: restore it with git checkout, and change translations/"
                        + living + " for the next version instead"));
                continue;
            }
            try {
                out.add(translationLoader.load(file.toString(), bytes));
            } catch (PolicyException e) {
                problems.addAll(e.problems());
            }
        }
        out.sort(Comparator.comparing(Translation::tag));
        return out;
    }

    /** The yaml files in the version folders below {@code dir}, as {@code <folder>/<file>}. */
    private static Set<String> frozenOnDisk(Path dir, List<Problem> problems) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                for (String name : yamlFiles(folder, problems)) {
                    names.add(folder.getFileName() + "/" + name);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 1, 1, "", "cannot list (" + e.getMessage() + ")"));
        }
        return names;
    }

    /** One version file as read: its bytes (null when missing), checksum, policy or problems. */
    private record Loaded(byte[] bytes, String sha256, Policy policy, List<Problem> problems) {}

    private Loaded read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Loaded(null, null, null, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Policy policy = null;
        try {
            policy = loader.load(file.toString(), bytes);
        } catch (PolicyException e) {
            problems.addAll(e.problems());
        }
        return new Loaded(bytes, Checksum.sha256(bytes), policy, problems);
    }

    private static void checkDates(Path file, Path lockFile, LockEntry entry, String where, PublishedVersion version,
            PublishedVersion previous, List<Problem> problems) {
        if (!version.lastUpdated().equals(dateOf(entry.file()))) {
            problems.add(located(file, "lastUpdated", "the file is named " + entry.file()
                    + " but its lastUpdated is " + version.lastUpdated() + "; " + RESTORE));
        }
        if ((previous == null) != (entry.kind() == ChangeKind.INITIAL)) {
            problems.add(at(lockFile, entry, where + ".kind", previous == null
                    ? "the first version's kind is initial, not " + entry.kind().id() + "; restore versions.lock with git checkout"
                    : "only the first version is initial; restore versions.lock with git checkout"));
        }
        if (entry.kind() != ChangeKind.MATERIAL && version.lastUpdated().isBefore(version.effective())) {
            problems.add(dateProblem(file));
        }
        if (entry.released().isBefore(version.lastUpdated())) {
            problems.add(lockProblem(lockFile, entry, where + ".released", entry.released() + " is before the"
                    + " version's lastUpdated (" + version.lastUpdated() + "); a version is released on or after its"
                    + " last update, so restore versions.lock with git checkout"));
        }
        if (previous != null && entry.released().isBefore(previous.released())) {
            problems.add(lockProblem(lockFile, entry, where + ".released", entry.released() + " is before "
                    + previous.released() + ", when the version before was released; versions are released in order,"
                    + " so restore versions.lock with git checkout"));
        }
        if (previous != null && version.effective().isBefore(previous.effective())) {
            problems.add(located(file, "effective", "takes effect " + version.effective()
                    + ", before the version it follows (" + previous.effective() + "); " + RESTORE));
        }
    }

    /**
     * The living policy is the next version: its dates may stay those of the latest version until it is released,
     * never go back before them (release would refuse it, and until then check would call it unchanged).
     */
    private static void livingDates(Path file, Policy living, PublishedVersion latest, List<Problem> problems) {
        if (living.lastUpdated().isBefore(latest.lastUpdated())) {
            problems.add(located(file, "lastUpdated", "is before " + latest.lastUpdated() + ", the last-updated date"
                    + " of the latest published version; dates only move forward: write lastUpdated: "
                    + latest.lastUpdated() + " or later"));
        }
        if (living.effective().isBefore(latest.effective())) {
            problems.add(located(file, "effective", "is before " + latest.effective() + ", the effective date of the"
                    + " latest published version; effective dates never go back: write effective: "
                    + latest.effective() + " or later"));
        }
    }

    private static Problem located(Path file, String path, String message) {
        int[] at = locate(file, path);
        return new Problem(file.toString(), at[0], at[1], path, message);
    }

    private static Problem dateProblem(Path file) {
        int[] at = locate(file, "lastUpdated");
        return new Problem(file.toString(), at[0], at[1], "lastUpdated", "is before the effective date, which only a material"
                + " change announced in advance may do; write a lastUpdated on or after effective");
    }

    /** Where a key is written in a file that loaded, for problems found by comparing versions. */
    static int[] locate(Path file, String path) {
        try {
            return NodeLocator.locate(Files.readAllBytes(file), path);
        } catch (IOException e) {
            return new int[] {1, 1};
        }
    }

    /** A problem at a key of a lock entry, e.g. {@code versions[1].released}. */
    private static Problem lockProblem(Path lockFile, LockEntry entry, String path, String message) {
        try {
            int[] at = NodeLocator.of(Files.readAllBytes(lockFile)).written(path);
            return new Problem(lockFile.toString(), at[0], at[1], path, message);
        } catch (IOException e) {
            return at(lockFile, entry, path, message);
        }
    }

    private static Problem at(Path lockFile, LockEntry entry, String path, String message) {
        return new Problem(lockFile.toString(), entry.line(), entry.column(), path, message);
    }

    private static Set<String> yamlFiles(Path dir, List<Problem> problems) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .forEach(names::add);
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 1, 1, "", "cannot list (" + e.getMessage() + ")"));
        }
        return names;
    }

    /** The date a version file is named by, or null. */
    static LocalDate dateOf(String file) {
        if (!file.matches("\\d{4}-\\d{2}-\\d{2}\\.yaml")) {
            return null;
        }
        try {
            return LocalDate.parse(file.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(Problem::file).thenComparing(Comparator.naturalOrder()));
        return Collections.unmodifiableList(copy);
    }
}

package tech.openfactory.policy.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.model.internal.TranslationReader;

/**
 * Reads translation files strictly, as {@link PolicyLoader} reads the policy: unknown, duplicate and missing keys,
 * malformed language tags, unknown units, malformed checksums and unknown placeholders are each reported at their
 * line and column, all at once, as {@code file:line:col: path: what is wrong; what to write instead}.
 *
 * <pre>{@code
 * List<Translation> living = new TranslationLoader().loadAll(Path.of("content/privacy/translations"));
 * TranslationStatus status = TranslationStatus.of(policy, living.get(0));
 * TranslatedPage page = status.page(StalePolicy.DEFAULT);
 * }</pre>
 *
 * A translation does not depend on the policy to load: how it stands against one is {@link TranslationStatus}.
 */
public final class TranslationLoader {

    public TranslationLoader() {}

    /** Loads one file; problems name it as given. */
    public Translation load(Path file) throws PolicyException {
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(PolicyLoader.DEFAULT_MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new PolicyException(List.of(new Problem(file.toString(), 1, 1, "", "no such file; check the path")));
        } catch (IOException e) {
            throw new PolicyException(List.of(new Problem(file.toString(), 1, 1, "", "cannot read the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that it is a readable file")));
        }
        return load(file.toString(), bytes);
    }

    /** Loads translation text held in memory; {@code file} ends in {@code <locale>.yaml}. */
    public Translation load(String file, byte[] bytes) throws PolicyException {
        List<Problem> problems = new ArrayList<>();
        Translation translation = TranslationReader.read(file, bytes, problems);
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            throw new PolicyException(problems);
        }
        return translation;
    }

    /**
     * Every translation in a folder ({@code content/privacy/translations}), ordered by tag; none when the folder
     * does not exist. Every problem of every file is reported at once.
     */
    public List<Translation> loadAll(Path dir) throws PolicyException {
        List<Problem> problems = new ArrayList<>();
        List<Translation> out = new ArrayList<>();
        for (Path file : files(dir)) {
            try {
                out.add(load(file));
            } catch (PolicyException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return List.copyOf(out);
    }

    /**
     * The translation files of a folder, {@code *.yaml} ordered by tag; other files (a README) are left alone, and
     * a {@code .yml} file is refused, since it would be silently ignored otherwise.
     */
    public static List<Path> files(Path dir) throws PolicyException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            // By tag, as versions.lock lists them: fr before fr-CA.
            Comparator<Path> byTag = Comparator.comparing(
                    p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
            for (Path file : (Iterable<Path>) list.sorted(byTag)::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") && Files.isRegularFile(file)) {
                    files.add(file);
                } else if (name.endsWith(".yml")) {
                    problems.add(new Problem(file.toString(), 1, 1, "", "translations end in .yaml; rename it to "
                            + name.substring(0, name.length() - 4) + ".yaml"));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 1, 1, "", "cannot list (" + e.getMessage() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return List.copyOf(files);
    }
}

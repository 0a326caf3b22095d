package tech.openfactory.policy.compliance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words of field names that mean personal data, read from {@code personal-data-names.tsv} (data, not code) and
 * extended by the policy's {@code code.personalDataNames}. A match is a guess by name; it says which word matched,
 * its strength and its category, so the message can say why.
 */
public final class Taxonomy {
    /** What a field's type can hold, as far as a name match cares. */
    public enum Kind { TEXT, DATE, NUMBER, ENUM }

    /** Strong words count in any persisted type; weak ones only in a person-like type. */
    public enum Strength { STRONG, WEAK }

    /** One word of the taxonomy. */
    public record Word(List<String> parts, Strength strength, String category, Set<Kind> kinds) {
        public Word {
            parts = List.copyOf(parts);
            kinds = Set.copyOf(kinds);
        }

        /** "first name". */
        public String words() {
            return String.join(" ", parts);
        }
    }

    static final String RESOURCE = "/tech/openfactory/policy/compliance/personal-data-names.tsv";
    private static final List<Word> DEFAULTS = read();

    private final List<Word> words;

    private Taxonomy(List<Word> words) {
        this.words = List.copyOf(words);
    }

    /** The default words and the policy's extra ones (strong, of category "policy"). */
    public static Taxonomy of(List<String> extraWords) {
        List<Word> all = new ArrayList<>(DEFAULTS);
        for (String extra : extraWords) {
            List<String> parts = tokens(extra);
            if (!parts.isEmpty()) {
                all.add(new Word(parts, Strength.STRONG, "policy", EnumSet.of(Kind.TEXT, Kind.NUMBER, Kind.DATE)));
            }
        }
        return new Taxonomy(all);
    }

    public List<Word> words() {
        return words;
    }

    /**
     * The word a field name matches for a field of this kind, strongest and longest first: {@code primaryEmail}
     * matches "email", {@code FIRST_NAME} "first name"; {@code zipCode} does not match "ip", since words match whole
     * parts of the name.
     */
    public Optional<Word> match(String fieldName, Kind kind) {
        // Asked for every field, and again for every type that holds or refers to it: answered once per name and kind.
        return matches.computeIfAbsent(kind + ":" + fieldName, k -> search(fieldName, kind));
    }

    private final java.util.Map<String, Optional<Word>> matches = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Word> search(String fieldName, Kind kind) {
        List<String> name = tokens(fieldName);
        String joined = String.join("", name);
        Word best = null;
        int bestScore = 0;
        for (Word word : words) {
            if (!word.kinds().contains(kind)) {
                continue;
            }
            String glued = String.join("", word.parts());
            boolean parts = java.util.Collections.indexOfSubList(name, word.parts()) >= 0;
            boolean inside = !parts && word.strength() == Strength.STRONG && glued.length() >= 5 && joined.contains(glued);
            if (!parts && !inside) {
                continue;
            }
            // Strong before weak, whole parts before letters inside a part, longer words before shorter.
            int score = (word.strength() == Strength.STRONG ? 10_000 : 0) + (parts ? 1_000 : 0) + glued.length();
            if (score > bestScore) {
                best = word;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code primaryEmailAddress} → [primary, email, address]; {@code ip_addr2} → [ip, addr]. */
    static List<String> tokens(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
                .replaceAll("[^A-Za-z]+", " ").trim().toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" +"));
    }

    private static List<Word> read() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the kit's jar");
            }
            List<Word> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Set<Kind> kinds = EnumSet.noneOf(Kind.class);
                for (String k : cols[3].trim().split(",")) {
                    kinds.add(Kind.valueOf(k.trim().toUpperCase(Locale.ROOT)));
                }
                words.add(new Word(List.of(cols[0].trim().split(" ")),
                        Strength.valueOf(cols[1].trim().toUpperCase(Locale.ROOT)), cols[2].trim(), kinds));
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package tech.openfactory.policy.compliance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tech.openfactory.policy.compliance.ClauseResult.Subject;

/**
 * The source files of the imported classes, under the source roots, and the line in them where a class, a field or
 * a method is declared. The bytecode gives a method's first line; a field has none, and a class only its code's:
 * their declarations are read from the source text.
 */
final class Sources {
    private static final Set<String> NOT_A_TYPE = Set.of("return", "throw", "new", "else", "case", "yield", "assert",
            "this", "super", "package", "import", "instanceof");

    private final List<Path> roots;
    private final Map<Path, List<String>> texts = new HashMap<>();
    private Map<String, List<Path>> byName;

    /** @param roots absolute folders, each holding sources by package ({@code com/example/Account.java}) */
    Sources(List<Path> roots) {
        this.roots = roots.stream().filter(Files::isDirectory).toList();
    }

    /**
     * The file {@code type} (as the JVM names it, {@code com.example.Account$Address}) was compiled from: its
     * package's folder under a root, with the file its bytecode names ({@code Account.java}, {@code Accounts.kt}) or
     * else its outermost class's name; else the only file of that name under the roots (Kotlin does not make a file
     * live in its package's folder).
     */
    Optional<Path> file(String type, String sourceFile) {
        int dot = type.lastIndexOf('.');
        String folder = dot < 0 ? "" : type.substring(0, dot).replace('.', '/');
        String outer = type.substring(dot + 1).split("\\$")[0];
        List<String> names = sourceFile.isEmpty() ? List.of(outer + ".java", outer + ".kt") : List.of(sourceFile);
        for (Path root : roots) {
            for (String name : names) {
                Path candidate = folder.isEmpty() ? root.resolve(name) : root.resolve(folder).resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        for (String name : names) {
            List<Path> found = byName().getOrDefault(name, List.of());
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private Map<String, List<Path>> byName() {
        if (byName == null) {
            byName = new TreeMap<>();
            for (Path root : roots) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).sorted()
                            .forEach(f -> byName.computeIfAbsent(f.getFileName().toString(), n -> new ArrayList<>()).add(f));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the sources under " + root, e);
                }
            }
        }
        return byName;
    }

    /** The file's lines. */
    List<String> lines(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                return List.of(Files.readString(f, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
            } catch (IOException e) {
                // Not UTF-8, or gone: the subject is still in the file, at its first line.
                return List.of("");
            }
        });
    }

    /**
     * The line (1-based) in {@code file} where the subject is: the line the bytecode or the finding gives, when the
     * file has it; else the declaration of the field or method in its class, else the class's declaration, else 1.
     */
    int line(Path file, Subject subject) {
        List<String> lines = lines(file);
        int declared = declaration(lines, subject.type());
        if (subject.line() > 0 && subject.line() <= lines.size()) {
            return subject.line();
        }
        int from = Math.max(declared, 1);
        int member = switch (subject.kind()) {
            // A field's declaration ends its name with an initializer, a semicolon or (Kotlin) a type; a record's
            // component, or a field declared with others, with a comma or a parenthesis, as parameters do too.
            case FIELD -> {
                String name = "(?<![\\w$.])" + Pattern.quote(subject.member());
                int line = find(lines, from, Pattern.compile(name + "\\s*(?:=(?!=)|;|:(?!:))"), true);
                yield line > 0 ? line : find(lines, from, Pattern.compile(name + "\\s*(?:,|\\)|$)"), true);
            }
            case METHOD -> find(lines, from, Pattern.compile("(?<![\\w$.])" + Pattern.quote(subject.member()) + "\\s*\\("), true);
            default -> 0;
        };
        return member > 0 ? member : Math.max(declared, 1);
    }

    /**
     * The line of a class's declaration, found class by class from the outermost ({@code Outer$Inner}); 0 when it is
     * not found. An anonymous class is found at its enclosing class.
     */
    static int declaration(List<String> lines, String type) {
        int at = 1;
        int found = 0;
        for (String simple : type.substring(type.lastIndexOf('.') + 1).split("\\$")) {
            String name = simple.replaceFirst("^\\d+", "");
            if (name.isEmpty()) {
                break;
            }
            int line = find(lines, at, Pattern.compile(
                    "(?:^|[^\\w$.])(?:class|interface|enum|record|object|@interface)\\s+" + Pattern.quote(name) + "\\b"), false);
            if (line == 0) {
                break;
            }
            found = line;
            at = line;
        }
        return found;
    }

    /**
     * The first line from {@code from} on where {@code pattern} matches; with {@code afterType}, only where it
     * stands as a declared name would: after a type or a keyword such as {@code val}, not after {@code return} or
     * {@code new}. Comment lines are skipped.
     */
    private static int find(List<String> lines, int from, Pattern pattern, boolean afterType) {
        for (int i = from - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) {
                continue;
            }
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (!afterType || declares(line.substring(0, m.start()))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** Whether what stands before a name on its line makes the name declared there. */
    private static boolean declares(String before) {
        String text = before.stripTrailing();
        if (text.isEmpty() || text.length() == before.length()) {
            return false; // "(email", "= email": a type and a space stand before a declared name
        }
        char last = text.charAt(text.length() - 1);
        if (!(Character.isJavaIdentifierPart(last) || last == '>' || last == ']' || last == '?')) {
            return false;
        }
        Matcher word = Pattern.compile("([\\w$]+)$").matcher(text);
        return !(word.find() && NOT_A_TYPE.contains(word.group(1)));
    }
}

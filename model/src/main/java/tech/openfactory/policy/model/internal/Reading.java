package tech.openfactory.policy.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import tech.openfactory.policy.model.Problem;

/** The state of reading one file: its name and lines, the problems found so far, and the ids defined in it. */
final class Reading {
    private final String file;
    private final String source;
    private final String[] lines;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Map<String, Mark>> ids = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    private record Reference(String scope, String id, Mark mark, String path, String definedUnder) {}

    Reading(String file, String source) {
        this.file = file;
        this.source = source;
        this.lines = source == null ? new String[0] : source.split("\r\n|\r|\n", -1);
    }

    /** The decoded text, or null when it could not be decoded. */
    String source() {
        return source;
    }

    void problem(Mark mark, String path, String message) {
        problems.add(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, path, message));
    }

    void problem(Node node, String path, String message) {
        problem(node.getStartMark(), path, message);
    }

    void problemAt(int line, int column, String path, String message) {
        problems.add(new Problem(file, line, column, path, message));
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * Where a piece of text written inside a node starts in the file, so that an error about a placeholder in a
     * long paragraph points at the placeholder and not at the paragraph.
     */
    int[] locate(Node node, String text) {
        int first = node.getStartMark().getLine();
        int last = Math.min(node.getEndMark().getLine(), lines.length - 1);
        for (int line = first; line <= last; line++) {
            int from = line == first ? node.getStartMark().getColumn() : 0;
            int col = lines[line].indexOf(text, Math.min(from, lines[line].length()));
            if (col >= 0) {
                return new int[] {line + 1, col + 1};
            }
        }
        return new int[] {first + 1, node.getStartMark().getColumn() + 1};
    }

    /** Records an id; a second definition in the same scope is a problem naming the first one's place. */
    void define(String scope, String id, Node node, String path, String what) {
        Map<String, Mark> defined = ids.computeIfAbsent(scope, s -> new LinkedHashMap<>());
        Mark first = defined.putIfAbsent(id, node.getStartMark());
        if (first != null) {
            problem(node, path, "duplicate id '" + id + "', already used at line " + (first.getLine() + 1) + ":"
                    + (first.getColumn() + 1) + "; give each " + what + " its own id");
        }
    }

    /** Notes a reference to an id; it is checked once the whole file has been read. */
    void refer(String scope, String id, Node node, String path, String definedUnder) {
        references.add(new Reference(scope, id, node.getStartMark(), path, definedUnder));
    }

    void checkReferences() {
        for (Reference ref : references) {
            Map<String, Mark> defined = ids.getOrDefault(ref.scope, Map.of());
            if (defined.containsKey(ref.id)) {
                continue;
            }
            String known = String.join(", ", defined.keySet());
            String hint = NearestName.to(ref.id, defined.keySet())
                    .map(s -> "did you mean '" + s + "'? The ids defined under " + ref.definedUnder + " are: " + known)
                    .orElse("write one of the ids defined under " + ref.definedUnder + ": " + known);
            problem(ref.mark, ref.path, "unknown " + ref.scope + " '" + ref.id + "'; " + hint);
        }
    }
}

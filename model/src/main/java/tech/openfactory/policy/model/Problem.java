package tech.openfactory.policy.model;

/**
 * One thing wrong with a policy file, located for the person who edits it.
 *
 * @param file    the file as the user named it, e.g. {@code content/privacy/policy.yaml}
 * @param line    1-based line
 * @param column  1-based column
 * @param path    where in the document, e.g. {@code retention.rules[3].keptFor}; empty for the whole file
 * @param message what is wrong and what to write instead, separated by "; "
 */
public record Problem(String file, int line, int column, String path, String message) implements Comparable<Problem> {

    /** {@code file:line:col: path: message}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}

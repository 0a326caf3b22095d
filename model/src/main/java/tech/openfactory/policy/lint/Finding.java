package tech.openfactory.policy.lint;

/**
 * One thing the law asks the notice to say that the policy does not, located where it belongs in the file.
 *
 * @param item     the lint item, with its article
 * @param file     the policy file as the user named it
 * @param line     1-based line of the nearest existing node
 * @param column   1-based column
 * @param citation the article as the enabled regimes cite it, e.g. "GDPR 13(1)(c)"
 * @param message  what is missing and what to write, separated by "; "
 */
public record Finding(LintItem item, String file, int line, int column, String citation, String message)
        implements Comparable<Finding> {

    /** {@code file:line:col: GDPR 13(1)(c): message}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + citation + ": " + message;
    }

    @Override
    public int compareTo(Finding o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}

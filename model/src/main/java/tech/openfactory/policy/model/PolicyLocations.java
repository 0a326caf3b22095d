package tech.openfactory.policy.model;

import tech.openfactory.policy.model.internal.NodeLocator;

/**
 * Where the parts of a loaded policy are written in its file, for findings made after loading (the records keep
 * no line numbers). Paths are written as in problems: {@code use.purposes[2].legalBasis}.
 */
public final class PolicyLocations {
    private final String file;
    private final NodeLocator locator;

    private PolicyLocations(String file, NodeLocator locator) {
        this.file = file;
        this.locator = locator;
    }

    /** The locations of a file's text; {@code file} is the name findings are reported under. */
    public static PolicyLocations of(String file, byte[] bytes) {
        return new PolicyLocations(file, NodeLocator.of(bytes));
    }

    public String file() {
        return file;
    }

    /**
     * The line and column of the key (or list item) at {@code path}; when the file has no such key, of the nearest
     * ancestor that it has: where a missing fact belongs.
     */
    public Position at(String path) {
        int[] at = locator.written(path);
        return new Position(at[0], at[1]);
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {}
}

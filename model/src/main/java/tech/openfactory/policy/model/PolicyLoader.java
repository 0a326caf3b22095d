package tech.openfactory.policy.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tech.openfactory.policy.model.internal.PolicyReader;

/**
 * Reads a policy YAML file into a {@link Policy}, strictly: every problem of the file is reported at once, each
 * with its line and column and a fix, and nothing in the file can make the loader construct a Java type, run
 * out of memory or loop.
 *
 * <pre>{@code
 * Policy policy = PolicyLoader.builder().build().load(Path.of("content/privacy/policy.yaml"));
 * }</pre>
 */
public final class PolicyLoader {
    /** Default {@link Builder#maxBytes(int)}: 1 MiB, some twenty times the real policy. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    /** Default {@link Builder#maxDepth(int)}: the policy nests six levels deep at most. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Default {@link Builder#maxAliases(int)}: enough to reuse a value, too few to expand a file exponentially. */
    public static final int DEFAULT_MAX_ALIASES = 16;

    private final int maxBytes;
    private final int maxDepth;
    private final int maxAliases;

    private PolicyLoader(Builder builder) {
        this.maxBytes = builder.maxBytes;
        this.maxDepth = builder.maxDepth;
        this.maxAliases = builder.maxAliases;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a file; problems name it as given, so pass the path relative to where the user works.
     *
     * @throws PolicyException listing every problem found, in file order
     */
    public Policy load(Path file) throws PolicyException {
        byte[] bytes;
        try {
            // Read at most one byte past the limit: an oversized file is refused without loading it whole.
            bytes = readBounded(file);
        } catch (NoSuchFileException e) {
            throw new PolicyException(List.of(new Problem(file.toString(), 1, 1, "",
                    "no such file; check the path, or the --content folder it was looked for in")));
        } catch (IOException e) {
            throw new PolicyException(List.of(new Problem(file.toString(), 1, 1, "",
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check that it is a readable file")));
        }
        return load(file.toString(), bytes);
    }

    /** Loads policy text held in memory; {@code file} is the name problems are reported under. */
    public Policy load(String file, byte[] bytes) throws PolicyException {
        List<Problem> problems = new ArrayList<>();
        Policy policy = new PolicyReader(file, maxBytes, maxDepth, maxAliases).read(bytes, problems);
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            throw new PolicyException(problems);
        }
        return policy;
    }

    private byte[] readBounded(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes + 1);
        }
    }

    /** All options of the loader; each has a documented default. */
    public static final class Builder {
        private int maxBytes = DEFAULT_MAX_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxAliases = DEFAULT_MAX_ALIASES;

        private Builder() {}

        /** Largest file accepted, in bytes. Default {@link #DEFAULT_MAX_BYTES}. */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = positive(maxBytes, "maxBytes");
            return this;
        }

        /** Deepest nesting of mappings and lists accepted. Default {@link #DEFAULT_MAX_DEPTH}. */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = positive(maxDepth, "maxDepth");
            return this;
        }

        /** Most aliases ({@code *name}) accepted in one file. Default {@link #DEFAULT_MAX_ALIASES}. */
        public Builder maxAliases(int maxAliases) {
            if (maxAliases < 0) {
                throw new IllegalArgumentException("maxAliases must be 0 or more, not " + maxAliases);
            }
            this.maxAliases = maxAliases;
            return this;
        }

        public PolicyLoader build() {
            return new PolicyLoader(this);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + value);
            }
            return value;
        }
    }
}

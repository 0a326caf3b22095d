package tech.openfactory.policy.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * The policy a check or a contract test reads, and where it came from, as messages name it: the static check and
 * the contract tests load it the same way, so they name the same file.
 *
 * @param source e.g. {@code privacy/policy.yaml in privacy-policy-2026.04.08.jar}, or a file's path
 */
record LoadedPolicy(Policy policy, String source) {

    /** A given policy, else a file, else the classpath resource (as the policy artifact ships it). */
    static LoadedPolicy load(Policy policy, Path file, String resource) {
        if (policy != null) {
            return new LoadedPolicy(policy, "the policy file");
        }
        PolicyLoader loader = PolicyLoader.builder().build();
        try {
            if (file != null) {
                return new LoadedPolicy(loader.load(file), file.toString());
            }
            URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("no " + resource + " on the classpath; add the policy artifact"
                        + " (tech.openfactory.policy:privacy-policy) as a test dependency, or name a file with"
                        + " policyFile(...)");
            }
            try (InputStream in = url.openStream()) {
                return new LoadedPolicy(loader.load(resource, in.readAllBytes()), describe(url, resource));
            }
        } catch (PolicyException e) {
            throw new IllegalArgumentException("the policy has problems:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The resource as a person finds it: {@code privacy/policy.yaml in privacy-policy-2026.04.08.jar} for the
     * artifact, the file's path for a resource in a folder.
     */
    private static String describe(URL url, String resource) {
        String text = url.toString();
        if (text.startsWith("jar:") && text.contains("!/")) {
            String jar = text.substring(4, text.indexOf("!/"));
            return resource + " in " + jar.substring(jar.lastIndexOf('/') + 1);
        }
        if (text.startsWith("file:")) {
            Path file = Path.of(URI.create(text));
            // Maven copied it from the sources: name the file to edit, not the copy.
            String copied = file.toString().replace("/target/test-classes/", "/src/test/resources/")
                    .replace("/target/classes/", "/src/main/resources/");
            if (Files.exists(Path.of(copied))) {
                file = Path.of(copied);
            }
            Path here = Path.of("").toAbsolutePath();
            return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        }
        return resource;
    }
}

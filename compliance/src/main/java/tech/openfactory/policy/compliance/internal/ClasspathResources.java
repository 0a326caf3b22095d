package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The resources beside the imported classes: the folders or jars the classes were read from hold the application's
 * configuration ({@code application.properties}, {@code application.yml}) and MyBatis mapper XML, which set
 * cookies and persist types without a line of Java saying so.
 */
public final class ClasspathResources {
    /** A resource's text and where it came from, for messages. */
    public record Resource(String name, String text) {}

    private final List<Resource> resources;

    private ClasspathResources(List<Resource> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The configuration and XML files of the roots the classes were imported from. */
    public static ClasspathResources of(Collection<JavaClass> classes) {
        Set<String> roots = new TreeSet<>();
        for (JavaClass type : classes) {
            type.getSource().ifPresent(source -> root(source.getUri(), type.getName()).ifPresent(roots::add));
        }
        List<Resource> found = new ArrayList<>();
        for (String root : roots) {
            if (root.startsWith("jar:")) {
                readJar(root.substring(4), found);
            } else {
                readFolder(Path.of(URI.create(root)), found);
            }
        }
        return new ClasspathResources(found);
    }

    /** {@code file:/x/target/classes/com/example/A.class} → {@code file:/x/target/classes/}. */
    private static java.util.Optional<String> root(URI uri, String className) {
        String text = uri.toString();
        String suffix = className.replace('.', '/') + ".class";
        if (!text.endsWith(suffix)) {
            return java.util.Optional.empty();
        }
        String root = text.substring(0, text.length() - suffix.length());
        if (root.startsWith("jar:") && root.endsWith("!/")) {
            return java.util.Optional.of("jar:" + URI.create(root.substring(4, root.length() - 2)).getPath());
        }
        return root.startsWith("file:") ? java.util.Optional.of(root) : java.util.Optional.empty();
    }

    private static boolean wanted(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.endsWith(".xml") || file.matches("application(-[A-Za-z0-9_.-]+)?\\.(properties|ya?ml)")
                || file.matches("bootstrap\\.(properties|ya?ml)");
    }

    private static void readFolder(Path root, List<Resource> found) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, 12)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (wanted(name) && Files.size(file) < 1 << 20) {
                    found.add(new Resource(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable folder holds nothing the kit can use; what it needed and did not find is reported.
        }
    }

    private static void readJar(String path, List<Resource> found) {
        try (JarFile jar = new JarFile(path)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && wanted(entry.getName()) && entry.getSize() < 1 << 20) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        found.add(new Resource(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            // as above
        }
    }

    /** MyBatis mapper files: XML whose root element is {@code <mapper>}. */
    public List<Resource> mapperXml() {
        return resources.stream().filter(r -> r.name().endsWith(".xml") && r.text().contains("<mapper")
                && r.text().contains("mybatis")).toList();
    }

    /**
     * Every value of a Spring property across the application's configuration files, with the file it is in:
     * {@code server.servlet.session.cookie.name} in {@code application.properties} or nested in {@code application.yml}.
     */
    public Map<String, String> property(String key) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Resource r : resources) {
            String value = null;
            if (r.name().endsWith(".properties")) {
                Properties p = new Properties();
                try {
                    p.load(new StringReader(r.text()));
                } catch (IOException | IllegalArgumentException e) {
                    continue;
                }
                value = p.getProperty(key);
                if (value == null) {
                    value = p.getProperty(relaxed(key));
                }
            } else if (r.name().endsWith(".yml") || r.name().endsWith(".yaml")) {
                value = FlatYaml.read(r.text()).get(key);
                if (value == null) {
                    value = FlatYaml.read(r.text()).get(relaxed(key));
                }
            }
            if (value != null && !value.isBlank()) {
                values.put(r.name(), value.trim());
            }
        }
        return values;
    }

    /** Spring's relaxed binding: {@code type-aliases-package} is also {@code typeAliasesPackage}. */
    private static String relaxed(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * The nested keys of a YAML configuration file flattened to Spring's dotted form. Enough for the scalar settings
     * the kit reads; lists and multi-line values are skipped, and several documents in one file are merged.
     */
    static final class FlatYaml {
        private FlatYaml() {}

        static Map<String, String> read(String text) {
            Map<String, String> flat = new LinkedHashMap<>();
            List<int[]> indents = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String raw : text.split("\r?\n")) {
                String line = raw.replaceAll("\\s+#.*$", "");
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("-") || trimmed.equals("---")) {
                    continue;
                }
                int indent = line.length() - line.stripLeading().length();
                int colon = trimmed.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                while (!indents.isEmpty() && indents.get(indents.size() - 1)[0] >= indent) {
                    indents.remove(indents.size() - 1);
                    keys.remove(keys.size() - 1);
                }
                String key = unquote(trimmed.substring(0, colon).trim());
                String value = trimmed.substring(colon + 1).trim();
                if (value.isEmpty()) {
                    indents.add(new int[] {indent});
                    keys.add(key);
                } else {
                    String prefix = keys.isEmpty() ? "" : String.join(".", keys) + ".";
                    flat.put(prefix + key, unquote(value));
                }
            }
            return flat;
        }

        private static String unquote(String s) {
            if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
                return s.substring(1, s.length() - 1);
            }
            return s;
        }
    }
}

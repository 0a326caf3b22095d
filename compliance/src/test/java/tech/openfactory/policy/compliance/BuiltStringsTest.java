package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Set-Cookie header built with {@code +} is read whichever way the product's compiler built the string: javac's
 * invokedynamic recipe (Java 9+), or a StringBuilder chain (javac for Java 8, {@code -XDstringConcat=inline}). The
 * class is compiled here, each way, from one source.
 */
class BuiltStringsTest {
    private static final String SOURCE = """
            package built;

            import jakarta.servlet.http.HttpServletResponse;

            public class LanguageCookie {
                void remember(HttpServletResponse response, String value, boolean secure) {
                    response.addHeader("Set-Cookie", "remember=" + value + "; Path=/; Max-Age=" + 3600 + ';' + " Secure=" + true);
                }
            }
            """;

    @ParameterizedTest(name = "javac {0}")
    @ValueSource(strings = {"--release 17", "--release 17 -XDstringConcat=inline", "--release 8"})
    void a_set_cookie_header_concatenated_names_its_cookie_however_javac_built_the_string(String options,
            @TempDir Path dir) throws IOException {
        compile(dir, options);
        assertEquals("built.LanguageCookie.remember sets cookie 'remember' (it writes a Set-Cookie header, line 7),"
                + " which the policy does not declare (it lists session: of_session; analytics: of_analytics); stop"
                + " setting it, or add it to a cookie's names in the policy file with legal's review",
                cookieViolations(dir).get(0));
    }

    @ParameterizedTest(name = "javac {0}")
    @ValueSource(strings = {"--release 17", "--release 8"})
    void a_builder_appended_to_statement_by_statement_is_not_guessed_at(String options, @TempDir Path dir)
            throws IOException {
        compile(dir, options, """
                package built;

                import jakarta.servlet.http.HttpServletResponse;

                public class LanguageCookie {
                    void remember(HttpServletResponse response, String name) {
                        StringBuilder header = new StringBuilder();
                        header.append(name);
                        header.append("=1; Path=/");
                        response.addHeader("Set-Cookie", header.toString());
                    }
                }
                """);
        assertEquals(List.of("built.LanguageCookie.remember sets a cookie (it writes a Set-Cookie header, line 10) whose"
                + " name the kit cannot read (it is computed at run time); pass the name as a constant, or annotate the"
                + " method @SetsCookie(cookie = ..., name = ...) with one of the policy's cookies (session: of_session;"
                + " analytics: of_analytics)"), cookieViolations(dir).subList(0, 1));
    }

    private static List<String> cookieViolations(Path dir) {
        CheckResult result = PolicyCheck.builder().policy(Fixtures.policy())
                .classes(new ClassFileImporter().importPath(dir)).reportDirectory(null).build().run();
        return result.failed().stream().filter(c -> c.rule().id().equals("cookie-declared"))
                .flatMap(c -> c.violations().stream()).toList();
    }

    private static void compile(Path dir, String options) throws IOException {
        compile(dir, options, SOURCE);
    }

    private static void compile(Path dir, String options, String text) throws IOException {
        Path source = dir.resolve("src/built/LanguageCookie.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, text);
        Path servlet;
        try {
            servlet = Path.of(jakarta.servlet.http.HttpServletResponse.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
        List<String> args = new ArrayList<>(List.of(options.split(" ")));
        args.addAll(List.of("-nowarn", "-Xlint:-options", "-g", "-cp", servlet.toString(), "-d", dir.toString(),
                source.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(err, true, StandardCharsets.UTF_8),
                args.toArray(String[]::new));
        assertEquals(0, code, "javac " + options + ": " + err.toString(StandardCharsets.UTF_8));
    }
}

package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.PolicyException;

/** A build that fails, for whatever reason, leaves the site that was there before exactly as it was. */
class AtomicBuildTest {
    @TempDir
    Path dir;
    Path out;
    Map<String, String> before;

    @BeforeEach
    void publishAGoodSite() throws Exception {
        out = dir.resolve("site");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(out).build().render();
        before = Project.treeText(out);
    }

    @Test
    void a_policy_error_leaves_the_previous_site_untouched() throws Exception {
        Path content = Project.contentWith(dir.resolve("bad"), Project.policyWith("effective: 2026-03-10", "effective: 2026-13-10"));
        SiteBuilder build = SiteBuilder.builder().content(content).templates(Project.templates()).out(out).build();
        assertThrows(PolicyException.class, build::render);
        assertEquals(before, Project.treeText(out));
        assertEquals(List.of("site"), leftovers());
    }

    @Test
    void a_template_error_leaves_the_previous_site_untouched_and_names_the_template_line() throws Exception {
        Path templates = templatesWithout("none");
        Files.writeString(templates.resolve("privacy.peb"), "{% extends \"layout.peb\" %}\n{% block content %}\n"
                + "<p>{{ policy.nosuchfact }}</p>\n{% endblock %}\n");
        SiteBuilder build = SiteBuilder.builder().content(Project.content()).templates(templates).out(out).build();
        SiteException e = assertThrows(SiteException.class, build::render);
        assertEquals(templates.resolve("privacy.peb") + ":3: Attribute [nosuchfact] of [tech.openfactory.policy.model.Policy]"
                + " does not exist or can not be accessed and strict variables is set to true.; fix the template (see"
                + " the Pebble documentation for its syntax)", e.getMessage());
        assertEquals(before, Project.treeText(out));
        assertEquals(List.of("site", "templates"), leftovers());
    }

    @Test
    void a_missing_stylesheet_leaves_the_previous_site_untouched() throws Exception {
        Path templates = templatesWithout("style.css");
        SiteBuilder build = SiteBuilder.builder().content(Project.content()).templates(templates).out(out).build();
        SiteException e = assertThrows(SiteException.class, build::render);
        assertEquals(templates.resolve("style.css") + ": no such file; the site needs its stylesheet in the"
                + " --templates folder", e.getMessage());
        assertEquals(before, Project.treeText(out));
    }

    /** A copy of the templates folder without the named file. */
    private Path templatesWithout(String name) throws Exception {
        Path templates = dir.resolve("templates");
        FileUtils.copyDirectory(Project.templates().toFile(), templates.toFile(), file -> !file.getName().equals(name));
        return templates;
    }

    /** What is left beside the site: no half-written staging folder may remain. */
    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("bad")).sorted().toList();
        }
    }
}

package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page status is a type: a template that names one that does not exist fails the build. */
class PageStatusTest {
    @Test
    void a_misspelt_status_in_a_template_fails_the_build_naming_the_template(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        org.apache.commons.io.file.PathUtils.copyDirectory(Project.templates(), templates); // with messages/
        Path banner = templates.resolve("banner.peb");
        Files.writeString(banner, Files.readString(banner).replace("{% elseif status.current %}",
                "{% elseif status.curent %}"));
        SiteBuilder builder = SiteBuilder.builder().content(Project.exampleContent()).templates(templates)
                .out(dir.resolve("site")).asOf(LocalDate.of(2026, 12, 1)).build();
        SiteException e = assertThrows(SiteException.class, builder::render);
        assertTrue(e.getMessage().startsWith(banner + ":"), e.getMessage());
    }
}

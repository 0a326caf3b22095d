package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is published, checked as the world gets it: every page of the real site and of the example history (its
 * translated pages too, the Arabic one right to left) is valid HTML for the Nu HTML Checker, no internal link is
 * broken (nor an hreflang alternate), and each version's PDF holds the whole policy.
 */
class PublishedFilesTest {
    @TempDir
    static Path dir;
    static Path real;
    static Path history;

    @BeforeAll
    static void build() throws Exception {
        real = dir.resolve("real");
        history = dir.resolve("history");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(real).build().render();
        SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates()).out(history)
                .asOf(LocalDate.of(2025, 12, 1)).build().render();
    }

    @Test
    void every_page_passes_the_nu_html_checker_without_errors() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        int translated = 0;
        for (Path site : List.of(real, history)) {
            for (String file : Project.tree(site).keySet()) {
                if (!file.endsWith(".html")) {
                    continue;
                }
                pages++;
                if (file.matches("privacy/(\\d{4}-\\d\\d-\\d\\d/)?(?!versions/|changes/)[a-z]{2,3}(-[A-Za-z0-9]+)*/.*")) {
                    translated++; // the example's German and Arabic pages, Arabic right to left
                }
                String report = validator.validate(site.resolve(file));
                for (String line : report.split("\n")) {
                    if (line.contains(": error:") || line.contains(": fatal:")) {
                        errors.add(site.getFileName() + "/" + file + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(translated >= 2, "the example's translated pages are checked too: " + translated);
        assertEquals(3 + 11 + translated, pages, "pages checked: 3 of the real site, 11 of the history in English,"
                + " and its " + translated + " translated pages");
    }

    @Test
    void no_internal_link_or_anchor_is_broken() throws Exception {
        assertEquals(List.of(), LinkChecker.broken(real));
        assertEquals(List.of(), LinkChecker.broken(history));
    }

    @Test
    void the_pdf_of_a_version_holds_every_sentence_of_the_published_policy() throws Exception {
        Map<String, byte[]> files = Project.tree(real);
        String sorted;
        String drawn;
        try (PDDocument pdf = Loader.loadPDF(files.get("privacy/2026-04-08/policy.pdf"))) {
            assertEquals("Privacy Policy of OpenFactory Inc., 2026-04-08", pdf.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            drawn = SeedText.normalize(stripper.getText(pdf));
            // Reading order puts a line's inline runs together; drawing order keeps a table cell's lines together.
            stripper.setSortByPosition(true);
            sorted = SeedText.normalize(stripper.getText(pdf));
        }
        List<String> missing = SeedText.units(SeedText.seed()).stream()
                .filter(u -> !sorted.contains(u) && !drawn.contains(u)).toList();
        assertEquals(List.of(), missing);
        for (List<String> row : SeedText.TABLE_ROWS) {
            for (String cell : row) {
                assertTrue(sorted.contains(cell) || drawn.contains(cell), "table cell missing from the PDF: " + cell);
            }
        }
    }

    @Test
    void each_version_page_links_its_pdf() throws Exception {
        var page = org.jsoup.Jsoup.parse(history.resolve("privacy/2025-06-02/index.html").toFile());
        assertEquals("../2025-06-02/policy.pdf", page.selectFirst("a[type=application/pdf]").attr("href"));
    }
}

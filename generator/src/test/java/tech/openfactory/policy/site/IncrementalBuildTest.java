package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published version's PDF depends only on that version and the templates, so a rebuild reuses the previous
 * build's PDF when its recorded input is the same, and makes it again when anything it was made from changed.
 */
class IncrementalBuildTest {

    private static String title(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return document.getDocumentInformation().getTitle();
        }
    }

    private static void retitle(Path pdf, String title) throws Exception {
        byte[] bytes;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            document.getDocumentInformation().setTitle(title);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION); // as the build writes it
            bytes = out.toByteArray();
        }
        Files.write(pdf, bytes);
    }

    @Test
    void a_rebuild_reuses_the_pdf_of_an_unchanged_version_and_remakes_a_changed_one(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        org.apache.commons.io.file.PathUtils.copyDirectory(Project.templates(), templates); // with messages/
        Path out = dir.resolve("site");
        SiteBuilder.Builder builder = SiteBuilder.builder().content(Project.content()).templates(templates).out(out);
        builder.build().render();
        Path pdf = out.resolve("privacy/2026-04-08/policy.pdf");
        String original = title(pdf);

        // Marked, but made from the same input: the next build takes it as it is.
        retitle(pdf, "marked");
        builder.build().render();
        assertEquals("marked", title(pdf));

        // The PDF stylesheet changed: the PDF is made again.
        Files.writeString(templates.resolve("pdf.css"), Files.readString(templates.resolve("pdf.css")) + "\nh1 { color: #111; }\n");
        builder.build().render();
        assertEquals(original, title(pdf));
    }
}

package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import tech.openfactory.policy.model.Checksum;

/**
 * Each published version's PDF is archival and accessible, as veraPDF checks it: PDF/A-2a (ISO 19005-2 level A:
 * every font embedded, an sRGB output intent, tagged) and PDF/UA-1 (ISO 14289-1), for every version of the real
 * policy and of the example history; its metadata is the version's, not the clock's.
 */
class PdfArchiveTest {
    /** How many failed rules a failure shows, each with its clause and what it asks. */
    private static final int SHOWN = 8;

    @TempDir
    static Path dir;
    /** Every version's PDF, by site and path: {@code real/privacy/2026-04-08/policy.pdf}. */
    static final Map<String, byte[]> PDFS = new TreeMap<>();
    /** The language of the page each PDF was made from, by the same key. */
    static final Map<String, String> LANGUAGES = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path real = dir.resolve("real");
        Path history = dir.resolve("history");
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(real).build().render();
        SiteBuilder.builder().content(Project.exampleContent()).templates(Project.templates()).out(history)
                .asOf(LocalDate.of(2025, 12, 1)).build().render();
        for (Path site : List.of(real, history)) {
            Map<String, byte[]> files = Project.tree(site);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getKey().endsWith("/policy.pdf")) {
                    String key = site.getFileName() + "/" + file.getKey();
                    PDFS.put(key, file.getValue());
                    String page = file.getKey().replaceFirst("policy\\.pdf$", "index.html");
                    LANGUAGES.put(key, org.jsoup.Jsoup.parse(new String(files.get(page), StandardCharsets.UTF_8))
                            .selectFirst("html").attr("lang"));
                }
            }
        }
        // Every published version (and any translation of one): one of the real policy, five of the history.
        List<String> versions = List.of("real/privacy/2026-04-08/policy.pdf", "history/privacy/2025-01-15/policy.pdf",
                "history/privacy/2025-03-03/policy.pdf", "history/privacy/2025-06-02/policy.pdf",
                "history/privacy/2025-09-01/policy.pdf", "history/privacy/2025-11-03/policy.pdf");
        assertTrue(PDFS.keySet().containsAll(versions), PDFS.keySet().toString());
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void every_pdf_is_pdf_a_2a_for_verapdf() throws Exception {
        assertEquals(List.of(), failures(PDFAFlavour.PDFA_2_A));
    }

    @Test
    void every_pdf_is_pdf_ua_1_for_verapdf() throws Exception {
        assertEquals(List.of(), failures(PDFAFlavour.PDFUA_1));
    }

    @Test
    void every_pdf_is_tagged_with_its_language_and_title_and_shows_the_title() throws Exception {
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                PDDocumentCatalog catalog = document.getDocumentCatalog();
                String name = pdf.getKey();
                assertNotNull(catalog.getStructureTreeRoot(), name + ": no structure tree");
                assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), name + ": not marked");
                assertEquals(LANGUAGES.get(name), catalog.getLanguage(), name);
                assertFalse(LANGUAGES.get(name).isBlank(), name + ": the page has no language");
                String title = document.getDocumentInformation().getTitle();
                // The policy's title, its controller and the version: "Privacy Policy of OpenFactory Inc., 2026-04-08".
                assertTrue(title != null && title.matches(".+ \\d{4}-\\d{2}-\\d{2}"), name + ": title " + title);
                assertTrue(catalog.getViewerPreferences().displayDocTitle(), name + ": DisplayDocTitle");
            }
        }
    }

    @Test
    void every_font_is_embedded_and_one_of_the_shipped_faces() throws Exception {
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            TreeSet<String> fonts = new TreeSet<>();
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName font : resources.getFontNames()) {
                        PDFont used = resources.getFont(font);
                        assertTrue(used.isEmbedded(), pdf.getKey() + ": not embedded: " + used.getName());
                        // A subset: six capital letters and a plus before the PostScript name.
                        fonts.add(used.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
            // Only the shipped faces; headings, labels and the table's header cells are bold, the rest regular.
            assertTrue(List.of("LiberationSans", "LiberationSans-Bold", "LiberationSans-BoldItalic",
                    "LiberationSans-Italic").containsAll(fonts), pdf.getKey() + ": " + fonts);
            assertTrue(fonts.containsAll(List.of("LiberationSans", "LiberationSans-Bold")),
                    pdf.getKey() + ": " + fonts);
        }
    }

    @Test
    void every_pdf_has_the_srgb_output_intent() throws Exception {
        byte[] profile = PdfRenderer.resources().get(PdfRenderer.COLOR_PROFILE);
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
                assertEquals(1, intents.size(), pdf.getKey());
                assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
                try (InputStream in = intents.get(0).getDestOutputIntent().createInputStream()) {
                    assertEquals(Checksum.sha256(profile), Checksum.sha256(in.readAllBytes()), pdf.getKey());
                }
            }
        }
    }

    @Test
    void the_dates_are_the_versions_in_the_info_and_in_the_xmp_metadata() throws Exception {
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            Matcher path = Pattern.compile("/(\\d{4}-\\d{2}-\\d{2})/").matcher(pdf.getKey());
            assertTrue(path.find(), pdf.getKey());
            LocalDate version = LocalDate.parse(path.group(1));
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                Calendar created = document.getDocumentInformation().getCreationDate();
                assertEquals(version, created.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), pdf.getKey());
                assertEquals(created, document.getDocumentInformation().getModificationDate(), pdf.getKey());
                String xmp;
                try (InputStream in = document.getDocumentCatalog().getMetadata().createInputStream()) {
                    xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (String property : List.of("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate")) {
                    Matcher date = Pattern.compile("<" + property + ">([^<]*)<").matcher(xmp);
                    assertTrue(date.find(), pdf.getKey() + ": no " + property);
                    assertEquals(version + "T00:00:00Z", date.group(1), pdf.getKey() + ": " + property);
                }
                assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains(
                        "<pdfaid:conformance>A</pdfaid:conformance>"), pdf.getKey());
                assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), pdf.getKey());
            }
        }
    }

    /**
     * The fonts and the profile in the jar are the files NOTICE.txt describes: resources are filtered in this
     * module, and a filtered font would be broken, not merely different.
     */
    @Test
    void the_shipped_fonts_and_profile_are_the_files_the_notice_describes() throws Exception {
        String notice;
        try (InputStream in = PdfRenderer.class.getResourceAsStream("pdf/NOTICE.txt")) {
            notice = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, byte[]> shipped = PdfRenderer.resources();
        assertEquals(5, shipped.size());
        for (Map.Entry<String, byte[]> file : shipped.entrySet()) {
            assertTrue(notice.contains("sha256 " + Checksum.sha256(file.getValue()) + "  " + file.getKey()),
                    file.getKey() + " is not the file NOTICE.txt names");
        }
        for (String licence : List.of("pdf/LiberationSans-LICENSE.txt", "pdf/sRGB-LICENSE.txt")) {
            assertNotNull(PdfRenderer.class.getResource(licence), licence);
        }
    }

    /** For each PDF that veraPDF finds not compliant with the flavour: its name and the first failed rules. */
    private static List<String> failures(PDFAFlavour flavour) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            ValidationResult result;
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf.getValue()),
                    flavour); PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                result = validator.validate(parser);
            }
            assertFalse(result.getTotalAssertions() == 0, pdf.getKey() + ": veraPDF checked nothing");
            if (!result.isCompliant()) {
                failures.add(pdf.getKey() + " is not " + flavour.getId() + ": " + failedRules(result));
            }
        }
        return failures;
    }

    private static String failedRules(ValidationResult result) {
        Map<String, String> rules = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                Rule rule = result.getValidationProfile().getRuleByRuleId(assertion.getRuleId());
                String id = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                rules.putIfAbsent(id, id + " " + (rule == null ? assertion.getMessage() : rule.getDescription())
                        + " (" + assertion.getLocationContext() + ")");
            }
        }
        StringBuilder shown = new StringBuilder(rules.size() + " failed rules");
        rules.values().stream().limit(SHOWN).forEach(rule -> shown.append("\n  ").append(rule));
        if (rules.size() > SHOWN) {
            shown.append("\n  ...");
        }
        return shown.toString();
    }
}

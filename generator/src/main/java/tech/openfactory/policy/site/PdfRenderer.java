package tech.openfactory.policy.site;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import tech.openfactory.policy.model.Checksum;

/**
 * The PDF of a version, for legal archiving: the version's page without its navigation, set in the plain PDF
 * stylesheet. Dates and the document id come from the version, not the clock, so the same version always gives the
 * same bytes.
 */
final class PdfRenderer {
    static final String STYLESHEET = "pdf.css";

    /** Held so they are not collected: the PDF libraries log through java.util.logging, which a build should not. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
            "org.apache.pdfbox", "org.apache.fontbox", "com.openhtmltopdf").map(java.util.logging.Logger::getLogger).toList();

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.OFF));
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }


    /**
     * PDFs already made, by the SHA-256 of their whole input: a published version's PDF does not change when the
     * living policy does, so a rebuild in the same process (serve) reuses it. Same input, same bytes.
     */
    private final java.util.Map<String, byte[]> made = new java.util.concurrent.ConcurrentHashMap<>();

    /** The info key holding the SHA-256 of what a PDF was made from, so a later build can reuse it. */
    static final String INPUT_KEY = "PolicyInput";

    /**
     * The PDF of a page; {@code previous} is where the last build put this PDF (or null): when it was made from the
     * same input, its bytes are reused instead of rendering again.
     */
    byte[] render(String pageHtml, String css, String title, LocalDate lastUpdated, java.nio.file.Path previous)
            throws SiteException {
        Document doc = Jsoup.parse(pageHtml);
        // What only makes sense on screen: links between pages, the table of contents, the footer.
        doc.select("link, .skip-link, .site-nav, nav, .version-links, .notice, footer, meta[http-equiv]").remove();
        doc.head().appendElement("style").text(css);
        String key = Checksum.sha256((doc.outerHtml() + "\u0000" + title + "\u0000" + lastUpdated)
                .getBytes(StandardCharsets.UTF_8));
        byte[] cached = made.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] pdf = reusable(previous, key);
        if (pdf == null) {
            pdf = make(doc, title, lastUpdated, key);
        }
        made.put(key, pdf);
        return pdf;
    }

    /** The previous build's PDF when it was made from exactly this input; null otherwise. */
    private static byte[] reusable(java.nio.file.Path previous, String key) {
        if (previous == null || !java.nio.file.Files.isRegularFile(previous)) {
            return null;
        }
        try {
            // The info dictionary is written uncompressed (see stamp), so the key is found without parsing the PDF.
            byte[] bytes = java.nio.file.Files.readAllBytes(previous);
            String marker = "/" + INPUT_KEY + " (" + key + ")";
            return new String(bytes, StandardCharsets.ISO_8859_1).contains(marker) ? bytes : null;
        } catch (IOException e) {
            return null; // unreadable: make it again
        }
    }

    private static byte[] make(Document doc, String title, LocalDate lastUpdated, String key) throws SiteException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), null);
            builder.withProducer("OpenFactory policy tool");
            builder.toStream(out);
            builder.run();
            return stamp(out.toByteArray(), title, lastUpdated, key);
        } catch (IOException | RuntimeException e) {
            throw new SiteException("cannot make the PDF of " + title + " (" + e.getMessage() + ")", e);
        }
    }

    /** Fixed metadata: the version's date as creation and modification date, and an id derived from the content. */
    private static byte[] stamp(byte[] pdf, String title, LocalDate lastUpdated, String key) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            date.clear();
            date.set(lastUpdated.getYear(), lastUpdated.getMonthValue() - 1, lastUpdated.getDayOfMonth());
            info.setCreationDate(date);
            info.setModificationDate(date);
            info.setTitle(title);
            info.setProducer("OpenFactory policy tool");
            info.setCustomMetadataValue(INPUT_KEY, key);
            String id = Checksum.sha256((title + lastUpdated).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            // Uncompressed, so the next build can read the input key without a PDF parser.
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}

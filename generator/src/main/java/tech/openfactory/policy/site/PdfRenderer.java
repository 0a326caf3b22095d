package tech.openfactory.policy.site;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tech.openfactory.policy.model.Checksum;

/**
 * The PDF of a version, for legal archiving: the version's page without its navigation, set in the plain PDF
 * stylesheet. It is PDF/A-2a (ISO 19005-2, level A: tagged, every font embedded, an sRGB output intent) and
 * PDF/UA-1 (ISO 14289-1: tagged, with the page's language and title, shown as the window title). Dates and the
 * document id come from the version, not the clock, so the same version always gives the same bytes.
 *
 * <p>The fonts (Liberation Sans) and the colour profile (sRGB) ship in the jar beside this class, in {@code pdf/},
 * with their licences and provenance ({@code pdf/NOTICE.txt}): the PDF base-14 fonts cannot be used in PDF/A,
 * since they are not embedded.
 */
final class PdfRenderer {
    static final String STYLESHEET = "pdf.css";

    /** PDF/A-2 level A: the archival profile, with the tagged structure that level A asks for. */
    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

    /** The family pdf.css sets the text in; also the fallback for any family the stylesheet names and no font has. */
    static final String FONT_FAMILY = "Liberation Sans";

    /** The faces of {@link #FONT_FAMILY}, by resource name below {@code pdf/}: regular, bold, italic, bold italic. */
    static final Map<String, Face> FACES = faces();

    /** The output intent's profile, below {@code pdf/}. */
    static final String COLOR_PROFILE = "sRGB.icc";

    /**
     * What kind of PDF this class makes, part of a PDF's input key: a tool that makes PDFs another way (another
     * conformance level, other fonts) makes them again instead of reusing those of an older build.
     */
    static final String FORMAT = "PDF/A-2a+PDF/UA-1; Liberation Sans 2.1.5 without GSUB; sRGB (icc-profiles-free 2.0.1);"
            + " saved once";

    private static final String PRODUCER = "OpenFactory policy tool";

    record Face(int weight, FontStyle style) {}

    private static Map<String, Face> faces() {
        Map<String, Face> faces = new LinkedHashMap<>();
        faces.put("LiberationSans-Regular.ttf", new Face(400, FontStyle.NORMAL));
        faces.put("LiberationSans-Bold.ttf", new Face(700, FontStyle.NORMAL));
        faces.put("LiberationSans-Italic.ttf", new Face(400, FontStyle.ITALIC));
        faces.put("LiberationSans-BoldItalic.ttf", new Face(700, FontStyle.ITALIC));
        return java.util.Collections.unmodifiableMap(faces);
    }

    /** Held so they are not collected: the PDF libraries log through java.util.logging, which a build should not. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
            "org.apache.pdfbox", "org.apache.fontbox", "com.openhtmltopdf").map(java.util.logging.Logger::getLogger).toList();

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.OFF));
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /** The regular face, to ask which characters the PDF can print. */
    private static volatile java.awt.Font regular;

    /**
     * Whether the embedded fonts have a glyph for every character of {@code text}. A language written in a script
     * they lack (Arabic, CJK) gets no PDF: right-to-left shaping is not available to the PDF renderer, and a PDF
     * whose letters print as '#' would be an archive nobody can read.
     */
    static boolean prints(String text) throws SiteException {
        java.awt.Font font = regular;
        if (font == null) {
            try {
                font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                        new ByteArrayInputStream(resources().get("LiberationSans-Regular.ttf")));
            } catch (java.awt.FontFormatException | java.io.IOException e) {
                throw new SiteException("cannot read the PDF font (" + e.getMessage() + "); rebuild policy.jar");
            }
            regular = font;
        }
        String printed = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString();
        return font.canDisplayUpTo(printed) == -1;
    }

    /** The font and profile bytes, read from the jar once, on the first PDF. */
    private static volatile Map<String, byte[]> resources;

    /**
     * PDFs already made, by the SHA-256 of their whole input: a published version's PDF does not change when the
     * living policy does, so a rebuild in the same process (serve) reuses it. Same input, same bytes.
     */
    private final java.util.Map<String, byte[]> made = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The XMP property naming this rendering of the document: the first 128 bits of the SHA-256 of what the PDF was
     * made from, so a later build can tell whether it can reuse the PDF.
     */
    static final String INSTANCE_ID = "xmpMM:InstanceID";

    /**
     * The PDF of a page; {@code previous} is where the last build put this PDF (or null): when it was made from the
     * same input, its bytes are reused instead of rendering again.
     */
    byte[] render(String pageHtml, String css, String title, LocalDate lastUpdated, java.nio.file.Path previous)
            throws SiteException {
        Document doc = Jsoup.parse(pageHtml);
        // What only makes sense on screen: links between pages, the table of contents, the footer.
        doc.select("link, .skip-link, .site-nav, nav, .version-links, .notice, footer, meta[http-equiv]").remove();
        // Only the description goes into the PDF's metadata (as its subject); viewport and referrer are for browsers.
        doc.select("meta[name]:not([name=description])").remove();
        doc.head().appendElement("style").text(css);
        String key = Checksum.sha256((doc.outerHtml() + "\u0000" + title + "\u0000" + lastUpdated + "\u0000" + FORMAT)
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
            // A stream is never packed in an object stream and the XMP one is not filtered (see stamp), so the
            // key is found without parsing the PDF.
            byte[] bytes = java.nio.file.Files.readAllBytes(previous);
            String marker = "<" + INSTANCE_ID + ">" + uuid(key) + "</" + INSTANCE_ID + ">";
            return new String(bytes, StandardCharsets.ISO_8859_1).contains(marker) ? bytes : null;
        } catch (IOException e) {
            return null; // unreadable: make it again
        }
    }

    private static byte[] make(Document doc, String title, LocalDate lastUpdated, String key) throws SiteException {
        Map<String, byte[]> shipped = resources();
        Element description = doc.selectFirst("meta[name=description]");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), null);
            builder.withProducer(PRODUCER);
            builder.usePdfAConformance(CONFORMANCE);
            builder.usePdfUaAccessibility(true);
            // No useColorProfile: it would embed the profile as the JDK's colour management writes it again, which
            // differs from one JDK to the next; stamp embeds the shipped bytes as they are.
            for (Map.Entry<String, Face> face : FACES.entrySet()) {
                byte[] font = shipped.get(face.getKey());
                Face f = face.getValue();
                builder.useFont(new WithoutSubstitutions(document, font), FONT_FAMILY, f.weight(), f.style(), true);
                // Whatever family the stylesheet asks for (monospace for code, say), the text is still set in an
                // embedded font: without a fallback it would have none, as PDF/A leaves out the base-14 fonts.
                builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, f.weight(), f.style(), true,
                        EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
            // Stamped and saved once, in the document the renderer drew into: not saved, parsed again and saved
            // again. Saved before the renderer closes, which closes the fallback faces the subsets are cut from.
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                stamp(document, title, description == null ? null : description.attr("content"), lastUpdated, key,
                        shipped.get(COLOR_PROFILE));
                // Object streams: the structure tree and artifacts that tagging adds are hundreds of small
                // dictionaries.
                document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SiteException("cannot make the PDF of " + title + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A face with the font's glyph substitutions (GSUB) off, the text set letter by letter. PDFBox otherwise compiles
     * a regular expression of every substitution for each string it shows: about a third of making a PDF (issue #14,
     * measured with a profiler). The policy's PDFs came out byte for byte the same, so the substitutions changed
     * nothing in its text; where they would (ligatures), a ligature a subset font cannot map back to its letters
     * leaves them out of the text layer that search and screen readers read. The fallback faces keep the default,
     * for the rare run set in a family pdf.css does not name.
     */
    private static final class WithoutSubstitutions extends PDFontSupplier {
        private final PDDocument document;
        private final byte[] font;
        private PDFont loaded;

        WithoutSubstitutions(PDDocument document, byte[] font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    // Open until the document is saved (the subset is written from it), closed with the document.
                    TrueTypeFont ttf = new TTFParser()
                            .parse(new RandomAccessReadBuffer(font));
                    ttf.setEnableGsub(false);
                    document.registerTrueTypeFontForClosing(ttf);
                    loaded = PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    /** The fonts and the colour profile, from the jar; a jar without them cannot make an archival PDF. */
    static Map<String, byte[]> resources() throws SiteException {
        Map<String, byte[]> loaded = resources;
        if (loaded == null) {
            Map<String, byte[]> read = new LinkedHashMap<>();
            for (String name : java.util.stream.Stream.concat(FACES.keySet().stream(), java.util.stream.Stream.of(
                    COLOR_PROFILE)).toList()) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream("pdf/" + name)) {
                    if (in == null) {
                        throw new SiteException("the policy tool lacks its resource pdf/" + name
                                + ", needed for the PDF; rebuild policy.jar");
                    }
                    read.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new SiteException("cannot read the resource pdf/" + name + " (" + e.getMessage() + ")", e);
                }
            }
            loaded = java.util.Collections.unmodifiableMap(read);
            resources = loaded;
        }
        return loaded;
    }

    /**
     * Fixed metadata: the version's date as creation and modification date, the title, and ids derived from the
     * content, in the info dictionary and, as PDF/A asks, the same in the XMP metadata; and the sRGB output intent.
     */
    private static void stamp(PDDocument document, String title, String subject, LocalDate lastUpdated, String key,
            byte[] colorProfile) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(lastUpdated.getYear(), lastUpdated.getMonthValue() - 1, lastUpdated.getDayOfMonth());
        // A new dictionary: only what the XMP metadata below repeats.
        PDDocumentInformation info = new PDDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(title);
        if (subject != null && !subject.isBlank()) {
            info.setSubject(subject);
        }
        info.setProducer(PRODUCER);
        document.setDocumentInformation(info);
        // The first id names the document (this version of the policy), the second this rendering of it.
        String documentId = Checksum.sha256((title + lastUpdated).getBytes(StandardCharsets.UTF_8));
        COSArray ids = new COSArray();
        ids.add(new COSString(documentId.substring(0, 32)));
        ids.add(new COSString(key.substring(0, 32)));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        PDMetadata metadata = new PDMetadata(document); // not filtered: reusable reads it as it is
        metadata.importXMPMetadata(xmp(title, subject, lastUpdated, uuid(documentId), uuid(key))
                .getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().addOutputIntent(outputIntent(document, colorProfile));
    }

    /** The output intent PDF/A asks for: how to show the colours, by the shipped sRGB profile, byte for byte. */
    private static PDOutputIntent outputIntent(PDDocument document, byte[] profile) throws IOException {
        PDStream stream = new PDStream(document, new ByteArrayInputStream(profile), COSName.FLATE_DECODE);
        stream.getCOSObject().setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.GTS_PDFA1);
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, stream);
        PDOutputIntent outputIntent = new PDOutputIntent(intent);
        outputIntent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        outputIntent.setOutputCondition("sRGB IEC61966-2.1");
        outputIntent.setInfo("sRGB IEC61966-2.1");
        outputIntent.setRegistryName("http://www.color.org");
        return outputIntent;
    }

    /**
     * The XMP metadata: the PDF/A and PDF/UA identification, with the extension schema PDF/A-2 needs for the
     * PDF/UA one, and the same title, subject, producer and dates as the info dictionary.
     */
    private static String xmp(String title, String subject, LocalDate lastUpdated, String documentId, String instanceId) {
        String date = lastUpdated + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>" + CONFORMANCE.getPart() + "</pdfaid:part>\n"
                + "<pdfaid:conformance>" + CONFORMANCE.getConformanceValue() + "</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title>" + alt(title) + "</dc:title>\n"
                + (subject == null || subject.isBlank() ? ""
                        : "<dc:description>" + alt(subject) + "</dc:description>\n")
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + escape(PRODUCER) + "</pdf:Producer>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
                + "<xmpMM:DocumentID>" + documentId + "</xmpMM:DocumentID>\n"
                + "<" + INSTANCE_ID + ">" + instanceId + "</" + INSTANCE_ID + ">\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** A text in the default language, as dc:title and dc:description hold it. */
    private static String alt(String text) {
        return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li></rdf:Alt>";
    }

    /** A URN of the first 128 bits of a SHA-256 in hex. */
    private static String uuid(String hex) {
        return "uuid:" + new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16, 32), 16));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.partnercoach.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.partners.Stage;

/**
 * The quarterly report as a PDF (A4, PDFBox's standard Helvetica): headings, short paragraphs and the three
 * pictures, in the order of the Discord message. Text the standard font cannot show (emoji, some scripts) becomes
 * "?" (an emoji is left out), so a partner's name never breaks the file.
 */
final class ReportPdf {

    static final List<String> HEADINGS = List.of("Partners by stage", "How partners moved", "Touchpoints per month",
            "The network map", "Trust and value", "Gaps at the table", "Members' stories");
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream out;
    private float y;

    private ReportPdf(PDDocument doc) {
        this.doc = doc;
    }

    static byte[] write(QuarterReport.Content c, byte[] map, byte[] charts, byte[] trends) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(c.title());
            ReportPdf pdf = new ReportPdf(doc);
            pdf.newPage();
            pdf.content(c, map, charts, trends);
            pdf.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void content(QuarterReport.Content c, byte[] map, byte[] charts, byte[] trends) throws IOException {
        text(bold, 20, c.title());
        text(regular, 11, c.summary(this::printable) + " " + (c.inProgress()
                ? "This quarter isn't over yet: its figures are as of " + MapView.day(c.end().at(), c.zone())
                + " and will still change. " : "Built from the coalition's stored history, so this quarter's figures "
                + "read the same whenever the report is made; its members' stories follow what members share now "
                + "(an answer shared since appears, one no longer shared is left out). ") + "The CSV appendix has the rows behind every figure.");
        heading(HEADINGS.get(0));
        for (Stage s : QuarterReport.STAGES) {
            text(regular, 11, s.label() + ": " + c.stagesAtStart().getOrDefault(s, 0) + " at the start, "
                    + c.stagesAtEnd().getOrDefault(s, 0) + (c.inProgress() ? " so far" : " at the end"));
        }
        heading(HEADINGS.get(1));
        text(regular, 11, QuarterReport.movesText(c, 4000));
        heading(HEADINGS.get(2));
        text(regular, 11, QuarterReport.touchText(c));
        image(charts, "stages-and-touchpoints.png");
        heading(HEADINGS.get(3));
        NetworkModel m = c.end().model();
        text(regular, 11, MapView.plural(m.partners().size(), "partner") + ", "
                + MapView.plural(m.members().size(), "member") + ", " + MapView.plural(m.edges().size(), "tie")
                + " " + c.atEnd() + ".");
        if (!c.left().note().isEmpty()) {
            text(regular, 11, c.left().note().replace("`", ""));
        }
        text(regular, 11, "Fragile partners (one tie or none): " + Figures.count(m.fragile().size(),
                c.before().model().fragile().size(), c.before()) + ". " + MapView.names(m.fragile().stream()
                .map(NetworkModel.Node::label).map(this::printable).toList(), ""));
        text(regular, 11, "Members with no partner: " + Figures.count(m.membersWithoutPartner().size(),
                c.before().model().membersWithoutPartner().size(), c.before()));
        text(regular, 11, MapView.NO_PARTNER_AT_ALL + ": " + Figures.count(c.end().emptySectors().size(),
                c.before().emptySectors().size(), c.before()) + ". " + String.join(", ", c.end().emptySectors()));
        image(map, "network-map.png");
        heading(HEADINGS.get(4));
        text(regular, 11, "Average trust: " + c.end().average(Aspect.Kind.TRUST, c.before())
                + ". Average value: " + c.end().average(Aspect.Kind.VALUE, c.before()) + ". "
                + Scores.COUNTED);
        for (QuarterReport.Trend t : c.trends()) {
            text(regular, 11, t.quarter().label() + ": trust " + t.shown(Aspect.Kind.TRUST) + ", value "
                    + t.shown(Aspect.Kind.VALUE));
        }
        String offList = QuarterReport.offListNote(c.trends());
        if (!offList.isEmpty()) {
            text(regular, 11, offList.strip());
        }
        image(trends, "trust-and-value.png");
        heading(HEADINGS.get(5));
        // the message's bold sector names, plain on paper (only here: a name a member typed keeps its asterisks)
        text(regular, 11, QuarterReport.gapsText(c, 4000).replace("**", ""));
        heading(HEADINGS.get(6));
        if (c.stories().isEmpty()) {
            text(regular, 11, "No member shared an answer this quarter.");
        }
        for (WalkActivity.SharedAnswer a : c.stories()) {
            text(bold, 11, a.question());
            if (!a.partner().isEmpty()) {
                text(regular, 11, a.walk());
            }
            text(regular, 11, "\u201c" + a.text() + "\u201d");
        }
    }

    private void heading(String title) throws IOException {
        space(30);
        text(bold, 15, title);
    }

    private void text(PDType1Font font, float size, String raw) throws IOException {
        for (String paragraph : safe(font, raw).split("\n")) {
            for (String line : wrap(font, size, paragraph)) {
                space(size * 1.45f);
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
            }
        }
        y -= 4;
    }

    private void image(byte[] png, String name) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, name);
        float w = Math.min(WIDTH, image.getWidth());
        float h = image.getHeight() * w / image.getWidth();
        space(h + 10);
        out.drawImage(image, MARGIN, y, w, h);
    }

    /** Moves down by {@code height}, starting a new page when it would not fit. */
    private void space(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(PDType1Font font, float size, String paragraph) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= WIDTH || line.isEmpty()) {
                line = new StringBuilder(candidate);
                while (font.getStringWidth(line.toString()) / 1000 * size > WIDTH && line.length() > 1) {
                    int cut = Math.max(1, line.length() * 9 / 10);
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static final Map<String, String> PLAIN = Map.of("→", "->", "−", "-", "↑", "up", "↓", "down", "·", "-",
            "\t", " ", "\r", "");

    /** An emoji, or a joiner, variation selector or skin tone that only builds one. */
    private static boolean emoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL || Character.getType(cp) == Character.FORMAT
                || cp == 0xFE0E || cp == 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    /** Marks where an emoji was left out, until the spaces around it are tidied. */
    private static final char DROPPED = '\u0000';

    /** The text with what the font cannot draw replaced (letters by "?"; an emoji is left out). */
    /** What stands for a partner's name of which the PDF's font prints nothing (all emoji, say). */
    static final String UNPRINTABLE = "(a name the PDF can't print: see the CSV)";

    /** A typed name, or {@link #UNPRINTABLE} when nothing of it would be printed: a list never hides a partner. */
    private String printable(String name) {
        return safe(regular, name).isBlank() ? UNPRINTABLE : name;
    }

    static String safe(PDType1Font font, String text) {
        String t = text;
        for (Map.Entry<String, String> e : PLAIN.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp == '\n') {
                sb.append('\n');
                return;
            }
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                // an emoji (and the joiners and selectors that build one) is decoration: left out, not a "?"
                sb.append(emoji(cp) ? DROPPED : '?');
            }
        });
        // an emoji dropped before a comma or a full stop takes its space with it: "Outreach 🙏, Food Bank"
        return sb.toString().replaceAll(" *" + DROPPED + "+(?=[,.;:!?)])", "").replace(String.valueOf(DROPPED), "")
                .replaceAll(" {2,}", " ").replaceAll(" +(\\n|$)", "$1");
    }
}

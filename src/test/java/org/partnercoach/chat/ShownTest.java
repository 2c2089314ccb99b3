package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What one member typed, shown to others literally")
class ShownTest {

    @Test
    @DisplayName("pieces: a long text in pieces that each fit, cut at a word's end, never after an escape, and "
            + "nothing lost")
    void pieces() {
        String shown = Shown.text("word\\_ ".repeat(300).strip());
        List<String> pieces = Shown.pieces(shown, 1024);
        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(1024)
                .endsWith("\\_").doesNotStartWith(" "));
        assertThat(String.join(" ", pieces)).isEqualTo(shown.strip());
        assertThat(Shown.pieces("short", 1024)).containsExactly("short");
        // no space to cut at: cut all the same, not between an escape and its character
        String escapes = Shown.text("_".repeat(600));
        assertThat(Shown.pieces(escapes, 1024)).allSatisfy(p -> assertThat(p.length() % 2).isZero());
        assertThat(String.join("", Shown.pieces(escapes, 1024))).isEqualTo(escapes);
    }

    @Test
    @DisplayName("Markdown stays literal: no masked link, heading, quote, list, spoiler or code")
    void markdown() {
        assertThat(Shown.text("[Food Bank](https://evil.example)"))
                .isEqualTo("\\[Food Bank\\]\\(https://evil.example\\)");
        assertThat(Shown.text("# Grace Church")).isEqualTo("\\# Grace Church");
        assertThat(Shown.text("> quoted\n- item\n  + item")).isEqualTo("\\> quoted\n\\- item\n  \\+ item");
        assertThat(Shown.text("**a** __b__ ~~c~~ ||d|| `e`"))
                .isEqualTo("\\*\\*a\\*\\* \\_\\_b\\_\\_ \\~\\~c\\~\\~ \\|\\|d\\|\\| \\`e\\`");
        assertThat(Shown.text("<b> <@ana> \\")).isEqualTo("\\<b\\> \\<@ana\\> \\\\");
        assertThat(Shown.text("Well-known co-op: 3-4 p.m.")).isEqualTo("Well-known co-op: 3-4 p.m.");
    }

    @Test
    @DisplayName("a web address stays as typed, so its link still works; Markdown around it stays literal")
    void webAddresses() {
        assertThat(Shown.text("https://example.org/health_partners#board"))
                .isEqualTo("https://example.org/health_partners#board");
        assertThat(Shown.text("See https://www.youtube.com/watch?v=l03_BnPRIKc, then _call_ them."))
                .isEqualTo("See https://www.youtube.com/watch?v=l03_BnPRIKc, then \\_call\\_ them.");
        assertThat(Shown.text("(https://example.org/a_b) **x**"))
                .isEqualTo("\\(https://example.org/a_b\\) \\*\\*x\\*\\*");
        assertThat(Shown.text("[a](https://evil.example/x_y)"))
                .isEqualTo("\\[a\\]\\(https://evil.example/x_y\\)");
        assertThat(Shown.text("# https://a.org/x||y||")).isEqualTo("\\# https://a.org/x\\|\\|y\\|\\|");
        assertThat(Shown.text("www.example_site.org and http:// alone"))
                .isEqualTo("www.example\\_site.org and http:// alone");
    }

    @Test
    @DisplayName("a mention of a member, role or channel, and a Discord timestamp, stay as typed: they show as the "
            + "name or the time; anything else in angle brackets stays literal")
    void mentionsAndTimestamps() {
        assertThat(Shown.text("Ask <@123> or <@!456> (cc <@&789>) in <#1011> by <t:1700000000:R>, **soon**"))
                .isEqualTo("Ask <@123> or <@!456> \\(cc <@&789>\\) in <#1011> by <t:1700000000:R>, \\*\\*soon\\*\\*");
        assertThat(Shown.text("<t:1700000000> <t:1700000000:x> <@12a> <:wave:12a> <https://a.org>"))
                .isEqualTo("<t:1700000000> \\<t:1700000000:x\\> \\<@12a\\> \\<:wave:12a\\> \\<https://a.org\\>");
        // a server's own emoji, as Discord writes it in what a member typed, shows as the emoji
        assertThat(Shown.text("Great meeting <:wave:123> <a:party_blob:456>"))
                .isEqualTo("Great meeting <:wave:123> <a:party_blob:456>");
        // a cut never leaves half a mention, which would show as stray markup
        assertThat(Shown.text("Call <@123456789012345678> today", 12)).isEqualTo("Call…");
    }

    @Test
    @DisplayName("zero-width and right-to-left controls are left out; emoji, accents and other scripts stay")
    void invisibleCharacters() {
        assertThat(Shown.text("Grace\u200BChurch\uFEFF\u2060")).isEqualTo("GraceChurch");
        assertThat(Shown.text("\u202Eexe.txt\u202C and \u2067abc\u2069")).isEqualTo("exe.txt and abc");
        assertThat(Shown.text("\u200B\u200C\u200D")).isEmpty();
        assertThat(Shown.text("Café 🤝🏽 مرحبا 你好")).isEqualTo("Café 🤝🏽 مرحبا 你好");
        assertThat(Shown.text(null)).isEmpty();
    }

    @Test
    @DisplayName("the Hangul fillers, letters that show as a blank, are hidden as zero-width characters are; a text of "
            + "them and spaces alone reads as blank, while the variation selector that colours an emoji stays")
    void blankLetters() {
        // GIVEN the four Hangul fillers, a zero-width space, a right-to-left override and a no-break space
        String blank = "\u115F\u1160\u3164\uFFA0\u200B\u202E\u00A0 \u2800";

        // THEN none of them is shown, and a text of only them is as good as none
        assertThat(Shown.text("Eastside\u3164 Food Bank\uFFA0")).isEqualTo("Eastside Food Bank");
        // AND one between words, where it looked like a space, reads as one
        assertThat(Shown.text("Lincoln\u3164High")).isEqualTo("Lincoln High");
        assertThat(Shown.text("\u3164Lincoln\u3164\u3164High\u3164")).isEqualTo("Lincoln High");
        assertThat(Shown.blank(blank)).isTrue();
        assertThat(Shown.blank("")).isTrue();
        assertThat(Shown.blank(null)).isTrue();
        // AND words, an emoji or a stop beside them are something to read
        assertThat(Shown.blank(blank + "Call")).isFalse();
        assertThat(Shown.blank(blank + "🍎")).isFalse();
        assertThat(Shown.blank(".")).isFalse();
        assertThat(Shown.text("❤\uFE0F 한국 센터")).isEqualTo("❤\uFE0F 한국 센터");
    }

    @Test
    @DisplayName("an emoji made of several joined pictures stays one emoji; a joiner between letters still goes")
    void joinedEmoji() {
        String healthWorker = "👩🏽\u200D⚕️";
        String family = "👨\u200D👩\u200D👧";
        String rainbowFlag = "🏳️\u200D🌈";
        String england = "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        assertThat(Shown.text("Clinic " + healthWorker + " " + family + " " + rainbowFlag + " " + england))
                .isEqualTo("Clinic " + healthWorker + " " + family + " " + rainbowFlag + " " + england);
        assertThat(Shown.code("Clinic " + healthWorker)).isEqualTo("`Clinic " + healthWorker + "`");
        // a joiner or a tag anywhere else is as invisible as before
        assertThat(Shown.text("Grace\u200DChurch 🎉\u200D")).isEqualTo("GraceChurch 🎉");
        assertThat(Shown.text("a\uDB40\uDC67b")).isEqualTo("ab");
    }

    @Test
    @DisplayName("cut to fit, the escapes count, and a cut never leaves an escape without its character or halves an "
            + "emoji")
    void clipped() {
        assertThat(Shown.text("# Food Bank", 100)).isEqualTo("\\# Food Bank");
        assertThat(Shown.text("**bold**", 5)).isEqualTo("\\*\\*…");
        assertThat(Shown.text("a*b", 3)).isEqualTo("a…");
        assertThat(Shown.text("a\\b", 4)).isEqualTo("a\\\\b");
        assertThat(Shown.text("a🎉b", 3)).isEqualTo("a…");
        assertThat(Shown.text(null, 10)).isEmpty();
    }

    @Test
    @DisplayName("a cut that would fall inside a web address ends before the address: what is left of it would still "
            + "be a link, to a shorter, wrong address")
    void clippedBeforeAnAddress() {
        String notes = "Notes: https://example.org/health_partners/notes";
        // shown and cut inside the address: the quote ends before it, with the ellipsis
        assertThat(Shown.text(notes, 30)).isEqualTo("Notes:…");
        assertThat(Limits.clip(notes, 30)).isEqualTo("Notes:…");
        // an address that ends before the cut stays whole, and a cut after it is as before
        assertThat(Shown.text(notes + " and more", notes.length() + 5)).isEqualTo(notes + " and…");
        assertThat(Limits.clip(notes + " and more", notes.length() + 5)).isEqualTo(notes + " and…");
        // an address the cut falls just after (its closing stop is not part of it) stays whole
        assertThat(Shown.text(notes + ". More", notes.length() + 1)).isEqualTo(notes + "…");
        // nothing but an address: nothing of it is left
        assertThat(Shown.text("https://example.org/health_partners", 20)).isEqualTo("…");
        // Markdown before it still counts its escapes
        assertThat(Shown.text("*See* https://example.org/a_b", 20)).isEqualTo("\\*See\\*…");
    }

    @Test
    @DisplayName("a command shown as code keeps a name's backticks inside the span, and its Markdown literal")
    void code() {
        assertThat(Shown.code("/partner show partner:\"*Star* Org\"")).isEqualTo("`/partner show partner:\"*Star* Org\"`");
        assertThat(Shown.code("/partner show partner:\"`St. Mary's` Clinic\""))
                .isEqualTo("`` /partner show partner:\"`St. Mary's` Clinic\" ``");
        // two backticks in a row would end a double-backtick span: a zero-width space keeps them apart
        assertThat(Shown.code("a``b")).isEqualTo("`` a`\u200B`b ``");
        // invisible controls and line breaks are left out, as in text
        assertThat(Shown.code("Grace\u202E Church\n")).isEqualTo("`Grace Church`");
        assertThat(Shown.code(null)).isEqualTo("``");
    }
}

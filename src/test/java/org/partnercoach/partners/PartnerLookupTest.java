package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Picking a partner: suggestions on Discord, names in the console")
class PartnerLookupTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private void add(String... names) {
        for (String name : names) {
            ana.runs(PartnerFeature.Paths.ADD, "name", name, "sector", "community");
            bot.clock().advance(Duration.ofMinutes(1));
        }
    }

    private static List<String> names(List<OptionSpec.Choice> choices) {
        return choices.stream().map(c -> c.name().substring(0, c.name().indexOf(" · "))).toList();
    }

    @Test
    @DisplayName("exact match first, then names starting with it (a leading “The” aside), then a word starting with it,"
            + " then the rest")
    void ranking() {
        add("The Food Shelf", "Food", "Seafood Co-op", "Food Bank East", "Eastside Food Pantry");

        List<OptionSpec.Choice> choices = ana.suggests(PartnerFeature.Paths.SHOW, "partner", "FOOD");

        assertThat(names(choices)).containsExactly("Food", "Food Bank East", "The Food Shelf",
                "Eastside Food Pantry", "Seafood Co-op");
        assertThat(choices.get(0).name()).isEqualTo("Food · Community groups · Researching");
        assertThat(choices.get(0).value()).isEqualTo("Food");
    }

    @Test
    @DisplayName("a typed part of a name is enough when only one partner's name contains it")
    void uniquePart() {
        add("Eastside Food Bank", "Food Shelf West", "Lincoln High");

        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "eastside", "what", "Call").text())
                .contains("Logged a note with “Eastside Food Bank”");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "food", "what", "Call").text())
                .startsWith("More than one partner has “food” in its name");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "zzz", "what", "Call").text())
                .contains("I can't find a partner called “zzz”");
    }

    @Test
    @DisplayName("GIVEN several partners whose names contain what bea typed WHEN she logs a touchpoint with it THEN she"
            + " is told which names hold it and to type more, not that there is no such partner, and nothing is kept")
    void partOfSeveralNames() {
        add("Org 00 Partner", "Org 01 Partner", "Org 10 Partner", "Org 11 Partner", "Org 12 Partner", "Grace Church.",
                "Grace Church Pantry");
        Member bea = bot.member("bea");

        // three of the five are named
        assertThat(bea.runs(PartnerFeature.Paths.LOG, "partner", "org", "what", "Call").text())
                .startsWith("More than one partner has “org” in its name: “Org ")
                .endsWith(" Partner” and more. Type more of the name you mean, or open it from `/partner list`.")
                .satisfies(text -> assertThat(text.split("“Org ")).hasSize(4));
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "org 1").plainText())
                .isEqualTo("More than one partner has “org 1” in its name: “Org 12 Partner”, “Org 11 Partner”,"
                        + " “Org 10 Partner”. Type more of the name you mean, or open it from `/partner list`.");
        assertThat(bea.runs(PartnerFeature.Paths.STAGE, "partner", "grace", "stage", "connecting").plainText())
                .isEqualTo("More than one partner has “grace” in its name: “Grace Church Pantry”,"
                        + " “Grace Church.” Type more of the name you mean, or open it from `/partner list`.");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD))
                .allSatisfy(p -> assertThat(p.lastTouchAt()).isNull())
                .allSatisfy(p -> assertThat(p.stage()).isEqualTo(Stage.RESEARCHING));
        // another server's names are never named
        assertThat(bot.memberOfOtherServer("olu").runs(PartnerFeature.Paths.SHOW, "partner", "org").plainText())
                .startsWith("I can't find a partner called “org”").doesNotContain("Org 1");
    }

    @Test
    @DisplayName("within a rank, newest activity first; at most 25 suggestions")
    void activityAndCap() {
        for (int i = 1; i <= 30; i++) {
            add("Org " + i);
        }
        ana.runs(PartnerFeature.Paths.LOG, "partner", "Org 3", "what", "Call");

        List<OptionSpec.Choice> choices = ana.suggests(PartnerFeature.Paths.LOG, "partner", "org");

        assertThat(choices).hasSize(25);
        assertThat(names(choices).subList(0, 3)).containsExactly("Org 3", "Org 30", "Org 29");
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "")).hasSize(25);
    }

    @Test
    @DisplayName("the exact name comes first even among more than 25 starting with it; a mere contains fills up")
    void exactAmongManyAndContainsFillsUp() {
        add("Org");
        for (int i = 1; i <= 30; i++) {
            add("Org " + i);
        }
        add("Big Org Alliance", "Big Org 3 Club");

        List<String> many = names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "org"));
        assertThat(many).hasSize(25).startsWith("Org").doesNotContain("Big Org Alliance", "Big Org 3 Club");

        // fewer than 25 start with it: the exact one, those starting with it, then one that only contains it
        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "org 3")))
                .containsExactly("Org 3", "Org 30", "Big Org 3 Club");
        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "alliance")))
                .containsExactly("Big Org Alliance");
    }

    @Test
    @DisplayName("moved-on partners are offered for show and restore; elsewhere after the active ones, marked moved "
            + "on, and not before anything is typed; long names fit Discord's limit")
    void archivedAndLong() {
        add("Old Mill", "y".repeat(100), "Mill Street Pantry");
        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Old Mill");

        // a moved-on partner named in /partner log (or stage, edit...) is offered, so the member is not told "no
        // options" for a partner that is there: picking it says what it needs (/partner restore)
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "mill")).extracting(OptionSpec.Choice::name)
                .containsExactly("Mill Street Pantry · Community groups · Researching",
                        "Old Mill · Community groups · Moved on");
        assertThat(names(ana.suggests(PartnerFeature.Paths.STAGE, "partner", "old mi"))).containsExactly("Old Mill");
        assertThat(ana.runs(PartnerFeature.Paths.STAGE, "partner", "Old Mill", "stage", "connecting").text())
                .contains("“Old Mill” has moved on. Bring it back with `/partner restore`");
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "")).extracting(OptionSpec.Choice::value)
                .doesNotContain("Old Mill");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "mill"))).containsExactly("Mill Street Pantry", "Old Mill");
        assertThat(names(ana.suggests(PartnerFeature.Paths.RESTORE, "partner", ""))).containsExactly("Old Mill");
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "yyy").get(0).name()).hasSizeLessThanOrEqualTo(100);
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "🙂 '; DROP TABLE partners")).isEmpty();
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "%")).isEmpty();
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "_")).isEmpty();
    }

    @Test
    @DisplayName("what was typed is looked for as it is: % and _ in a name are found, not taken as wildcards")
    void wildcardCharactersInNames() {
        add("Grace Church", "100% Kids Club", "Team_Health");

        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "0% k"))).containsExactly("100% Kids Club");
        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "m_h"))).containsExactly("Team_Health");
        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "e%c"))).isEmpty();
    }

    @Test
    @DisplayName("a picked suggestion and a typed name both find the partner")
    void idOrName() {
        add("Grace Church");
        String id = ana.suggests(PartnerFeature.Paths.SHOW, "partner", "grace").get(0).value();

        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", id).plainText()).contains("Grace Church");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "  GRACE   church ").plainText()).contains("Grace Church");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "").plainText()).contains("Say which partner");
    }

    @Test
    @DisplayName("partners named with numbers are found by their name, never mistaken for another partner's id")
    void numericNames() {
        add("Grace Church", "Eastside Food Bank", "Lincoln High");
        // ids 1 to 3 are taken; names "1" and "12" must not reach partners 1 or 12
        add("1", "12", "3");

        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "1").plainText()).startsWith("1\n").doesNotContain("Grace");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "12", "what", "Coffee").text())
                .contains("Logged a note with “12”");
        assertThat(ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "3").text()).contains("“3” has moved on");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Lincoln High").active()).isTrue();
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "3").active()).isFalse();

        String picked = ana.suggests(PartnerFeature.Paths.SHOW, "partner", "12").get(0).value();
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", picked).plainText()).contains("12");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "7").text()).contains("I can't find a partner called “7”");
    }

    @Test
    @DisplayName("names that differ only by case, spaces, invisible characters or look-alike forms are the same name")
    void lookAlikeNames() {
        add("Grace Church");

        for (String twin : List.of("GRACE  CHURCH", "Grace\u200B Church", "Ｇｒａｃｅ Ｃｈｕｒｃｈ", "Grace\u00A0Church",
                "Grace Chur\u00ADch")) {
            assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", twin, "sector", "community").text())
                    .as(twin).contains("“Grace Church” is already on the list");
        }
        add("Oﬃce of Aging");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Office of aging", "sector", "community").text())
                .contains("already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Straße Hilfe", "sector", "community").text()).contains("Added");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "STRASSE HILFE", "sector", "community").text())
                .contains("already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "\u200B\u200D", "sector", "community").text())
                .contains("A partner needs a name");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "ｇｒａｃｅ church").plainText()).contains("Grace Church");
    }

    @Test
    @DisplayName("a Hangul filler (a letter that shows as a blank) counts as no letter: a name of only such characters"
            + " is refused as a blank one is, and beside a name on the list it is that same name")
    void blankLettersAreNoName() {
        // GIVEN Eastside Food Bank on the list
        add("Eastside Food Bank");
        String blankReply = ana.runs(PartnerFeature.Paths.ADD, "name", " ", "sector", "community").text();
        assertThat(blankReply).contains("A partner needs a name");

        // WHEN ana adds a name of fillers alone, or with hidden characters, or renames a partner to one
        for (String blank : List.of("\u3164", "\uFFA0", "\u115F\u1160", "\u3164\u200B\u202E")) {
            // THEN each is refused as a blank name is
            assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", blank, "sector", "community").text()).as(blank)
                    .isEqualTo(blankReply);
            assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", blank).text())
                    .as(blank).isEqualTo(blankReply);
        }

        // WHEN she adds the name on the list with a filler after it or between its words
        for (String twin : List.of("Eastside Food Bank\u3164", "Eastside\uFFA0 Food Bank", "\u3164Eastside Food Bank")) {
            // THEN it is that partner, not a second one beside it
            assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", twin, "sector", "community").text()).as(twin)
                    .contains("“Eastside Food Bank” is already on the list");
        }
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "Eastside Food Bank\u3164", "what", "Call").text())
                .contains("Logged a note with “Eastside Food Bank”");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactly("Eastside Food Bank");

        // AND a new name with a filler beside its words is added, kept as typed
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High\u3164", "sector", "community").text())
                .startsWith("Added “Lincoln High”");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Lincoln High\u3164").name())
                .isEqualTo("Lincoln High\u3164");
    }

    @Test
    @DisplayName("a phone's curly apostrophe or quotes and a word processor's dash are the keyboard's: one partner")
    void phonePunctuation() {
        add("St. Mary's Clinic", "Habitat for Humanity - Eastside", "The \"Y\"");

        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary\u2019s Clinic", "sector", "community").text())
                .contains("“St. Mary's Clinic” is already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Habitat for Humanity \u2013 Eastside", "sector",
                "community").text()).contains("“Habitat for Humanity - Eastside” is already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "The \u201CY\u201D", "sector", "community").text())
                .contains("already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "st. mary\u2019s clinic", "what", "Call").text())
                .contains("Logged a note with “St. Mary's Clinic”");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "mary\u2019s")))
                .containsExactly("St. Mary's Clinic");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(3);
    }

    @Test
    @DisplayName("a name with a curly apostrophe stored before that rule is found by the keyboard's after the next start")
    void phonePunctuationRekeyed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            Member bea = fileBot.member("bea");
            bea.runs(PartnerFeature.Paths.ADD, "name", "St. Mary\u2019s Clinic", "sector", "community");
            // as the last release keyed it: the curly apostrophe kept
            fileBot.storedRows().write(c -> {
                org.partnercoach.storage.Database.update(c, "UPDATE partners SET name_key = 'st. mary\u2019s clinic'");
                return org.partnercoach.storage.Database.update(c, "UPDATE partner_key_rule SET rule = 2");
            });

            fileBot.restart();

            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "St. Mary's Clinic").plainText())
                    .contains("St. Mary\u2019s Clinic");
            assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "st. mary's clinic", "sector", "community").text())
                    .contains("already on the list");
        }
    }

    @Test
    @DisplayName("a name with a Hangul filler stored before fillers were hidden is found without it after the next start")
    void blankLettersRekeyed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            // GIVEN Eastside Food Bank, added with a filler after it and keyed as the last release keyed it
            Member bea = fileBot.member("bea");
            bea.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank\u3164", "sector", "community");
            fileBot.storedRows().write(c -> {
                org.partnercoach.storage.Database.update(c,
                        "UPDATE partners SET name_key = 'eastside food bank\u1160'");
                return org.partnercoach.storage.Database.update(c, "UPDATE partner_key_rule SET rule = ?",
                        PartnerInput.KEY_RULE - 1);
            });

            // WHEN the bot starts again
            fileBot.restart();

            // THEN the name without the filler is that partner
            assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "community").text())
                    .contains("“Eastside Food Bank” is already on the list");
        }
    }

    @Test
    @DisplayName("a full stop, ! or ? (or a comma) after a name is the same partner; dots inside a name still count")
    void trailingPunctuation() {
        add("Food Bank", "A.B.C.");

        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Food Bank.", "sector", "community").text())
                .contains("“Food Bank” is already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "food bank!", "sector", "community").text())
                .contains("“Food Bank” is already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Food Bank ?!", "sector", "community").text())
                .contains("already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "Food Bank,", "what", "Call").text())
                .contains("Logged a note with “Food Bank”");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "a.b.c", "sector", "community").text())
                .contains("“A.B.C.” is already on the list");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "ABC", "sector", "community").text())
                .startsWith("Added “ABC”");
        // punctuation alone is still a name
        assertThat(PartnerInput.nameKey("?!")).isEqualTo("?!");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(3);
    }

    @Test
    @DisplayName("a name stored with a full stop before that rule is found without it after the next start; a twin keeps its own")
    void trailingPunctuationRekeyed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            Member bea = fileBot.member("bea");
            bea.runs(PartnerFeature.Paths.ADD, "name", "Food Bank.", "sector", "community");
            bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church!", "sector", "community");
            bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Hall", "sector", "community");
            // as the last release keyed them: the punctuation kept, so "Grace Church" was let in as a second partner
            fileBot.storedRows().write(c -> {
                org.partnercoach.storage.Database.update(c, "UPDATE partners SET name = 'Grace Church'"
                        + " WHERE name = 'Grace Hall'");
                org.partnercoach.storage.Database.update(c, "UPDATE partners SET name_key = LOWER(name)");
                return org.partnercoach.storage.Database.update(c, "UPDATE partner_key_rule SET rule = 3");
            });

            fileBot.restart();

            assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Food Bank", "sector", "community").text())
                    .contains("“Food Bank.” is already on the list");
            assertThat(names(bea.suggests(PartnerFeature.Paths.SHOW, "partner", "food bank")))
                    .containsExactly("Food Bank.");
            // the two already there stay two, each found by its own name
            assertThat(keyOf(fileBot, "Grace Church")).isEqualTo("grace church");
            assertThat(keyOf(fileBot, "Grace Church!")).isEqualTo("grace church!");
            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Grace Church!").plainText())
                    .contains("Grace Church!");
            assertThat(PartnersTestSupport.directory(fileBot).activePartners(TestBot.GUILD)).hasSize(3);
        }
    }

    @Test
    @DisplayName("renaming a partner to a name another partner gave up says so, as adding one by that name does")
    void renameToAnotherPartnersOldName() {
        add("Lincoln High", "Lincoln HS");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Lincoln High", "name", "Abraham Lincoln Academy");

        String reply = ana.runs(PartnerFeature.Paths.EDIT, "partner", "Lincoln HS", "name", "lincoln high").text();

        assertThat(reply).isEqualTo("Saved the changes to “lincoln high”. Anyone who types its old name, “Lincoln HS”,"
                + " still finds it.\n\nHeads-up: “Abraham Lincoln Academy” on the list was called “lincoln high” before"
                + " it was renamed; typing that name now finds this one. If they are the same organization, look at"
                + " both with `/partner show` and delete the one you don't need.");
        // renaming a partner back to its own old name is no news
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "lincoln high", "name", "Lincoln HS").text())
                .startsWith("Saved the changes to “Lincoln HS”.").doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("a renamed partner is still found by its old name, and the rename's reply says so")
    void oldNameAfterRename() {
        add("Eastside Food Bank", "Lincoln High");
        Member bea = bot.member("bea");

        assertThat(bea.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", "EFB").text())
                .isEqualTo("Saved the changes to “EFB”. Anyone who types its old name, “Eastside Food Bank”, still"
                        + " finds it.");

        // ana has not seen the rename: what she types still reaches the partner, and the reply names it as it is now
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "Eastside Food Bank", "what", "Call").text())
                .contains("Logged a note with “EFB”");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "eastside  FOOD bank").plainText()).contains("EFB");
        // a change of case only is no rename to speak of
        assertThat(bea.runs(PartnerFeature.Paths.EDIT, "partner", "Lincoln High", "name", "LINCOLN HIGH").text())
                .isEqualTo("Saved the changes to “LINCOLN HIGH”.");
        // another server never finds it, by either name
        Member other = bot.memberOfOtherServer("olu");
        assertThat(other.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank").text())
                .contains("I can't find a partner called “Eastside Food Bank”");
    }

    @Test
    @DisplayName("a member typing a renamed partner's old name is offered it, saying what it is called now")
    void oldNameSuggested() {
        add("Lincoln High", "Eastside Food Bank", "Lincoln Park Library");
        Member bea = bot.member("bea");
        bea.runs(PartnerFeature.Paths.EDIT, "partner", "Lincoln High", "name", "Abraham Lincoln Academy");
        bea.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", "Eastside Community Pantry");

        // ana has not seen the renames: the old name's start, or a word of it, offers the partner as it is now
        List<OptionSpec.Choice> lincoln = ana.suggests(PartnerFeature.Paths.LOG, "partner", "Lincoln Hi");
        assertThat(lincoln).extracting(OptionSpec.Choice::name)
                .containsExactly("Abraham Lincoln Academy (was Lincoln High) · Community groups · Researching");
        assertThat(lincoln.get(0).value()).isEqualTo("Abraham Lincoln Academy");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", lincoln.get(0).value(), "what", "Call").text())
                .contains("Logged a note with “Abraham Lincoln Academy”");
        // a partner called that now comes first, and one matched by its name now shows no former name
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "lincoln")).extracting(OptionSpec.Choice::name)
                .containsExactly("Lincoln Park Library · Community groups · Researching",
                        "Abraham Lincoln Academy · Community groups · Researching");
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "food bank")).extracting(OptionSpec.Choice::name)
                .containsExactly("Eastside Community Pantry (was Eastside Food Bank) · Community groups · Researching");
        // a mere part of a word of the old name is not enough; nor are names of another server
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "ood ban")).isEmpty();
        assertThat(bot.memberOfOtherServer("olu").suggests(PartnerFeature.Paths.SHOW, "partner", "Lincoln Hi"))
                .isEmpty();
        // moved on: offered where moved-on partners are, as by its name now
        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Abraham Lincoln Academy");
        assertThat(ana.suggests(PartnerFeature.Paths.LOG, "partner", "Lincoln Hi")).extracting(
                OptionSpec.Choice::name).containsExactly("Abraham Lincoln Academy (was Lincoln High) · Community groups"
                + " · Moved on");
        assertThat(ana.suggests(PartnerFeature.Paths.RESTORE, "partner", "Lincoln Hi")).extracting(
                OptionSpec.Choice::value).containsExactly("Abraham Lincoln Academy");
    }

    @Test
    @DisplayName("an old name offered within Discord's 100 characters: the \"(was ...)\" is kept, the names shortened")
    void oldNameSuggestedWithinLimit() {
        String longNow = "Greater Metropolitan Regional Coalition for Community Health and Wellbeing Services";
        String longBefore = "Metropolitan Community Health and Wellbeing Partnership of the Greater Region";
        add(longBefore, "Short Name");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", longBefore, "name", longNow);
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Short Name", "name", "Sunrise Health Outreach Clinic 🌅");

        OptionSpec.Choice both = ana.suggests(PartnerFeature.Paths.SHOW, "partner", "metropolitan community").get(0);
        assertThat(both.name()).hasSizeLessThanOrEqualTo(100).startsWith("Greater Metropolitan")
                .contains(" (was Metropolitan Community").endsWith("…)");
        assertThat(both.value()).isEqualTo(longNow);
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "short").get(0).name())
                .isEqualTo("Sunrise Health Outreach Clinic 🌅 (was Short Name) · Community groups · Researching");
    }

    @Test
    @DisplayName("a partner called that now comes before one called that before; of two former ones, the later")
    void currentNameBeforeFormer() {
        add("Eastside Food Bank", "Westside Pantry");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", "Eastside Pantry");
        bot.clock().advance(Duration.ofMinutes(1));
        // the name passes to the other partner, then that one is renamed too: the old name means it, the later
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Westside Pantry", "name", "Eastside Food Bank");
        bot.clock().advance(Duration.ofMinutes(1));
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", "Westside Food Hub");

        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank").plainText())
                .contains("Westside Food Hub").doesNotContain("Eastside Pantry");

        Reply added = ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        assertThat(added.text()).contains("Added “Eastside Food Bank” (Food and nutrition)")
                .endsWith("Heads-up: “Westside Food Hub” on the list was called that before it was renamed. If it is"
                        + " the same organization, delete this one with `/partner delete partner:\"Eastside Food"
                        + " Bank\"` and carry on with “Westside Food Hub”.");
        // a partner called that now comes first
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank").plainText())
                .contains("Food and nutrition").doesNotContain("Westside Food Hub");
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High", "sector", "education").text())
                .doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("names stored under the older rule get the new key at start-up, and a legacy twin keeps its own")
    void rekeyAtStartUp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // a database from before the rule: keys were the name lower-cased, so these three were all allowed
        try (org.partnercoach.storage.Database old = org.partnercoach.storage.Database.open(
                TestBot.durableUrl(dir))) {
            for (String name : List.of("Grace\u200B Church", "Ｆｏｏｄ Bank", "Food Bank")) {
                old.write(c -> org.partnercoach.storage.Database.update(c, "INSERT INTO partners (guild_id, name,"
                        + " name_key, sector, stage, created_by, created_at, activity_at) VALUES (?, ?, ?,"
                        + " 'community', 'RESEARCHING', 1, ?, ?)", TestBot.GUILD, name,
                        name.toLowerCase(java.util.Locale.ROOT), TestBot.START, TestBot.START));
            }
        }
        try (TestBot fileBot = TestBot.onFile(dir)) {
            Member bea = fileBot.member("bea");

            assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "ＧＲＡＣＥ church", "sector", "community").text())
                    .contains("“Grace Church” is already on the list (Community groups");
            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Ｆｏｏｄ Bank").plainText()).contains("Ｆｏｏｄ Bank");
            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Food Bank").plainText()).contains("Food Bank")
                    .doesNotContain("Ｆｏｏｄ");
            assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "food bank", "sector", "community").text())
                    .contains("already on the list");
            fileBot.restart();
            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Food Bank").plainText()).doesNotContain("Ｆｏｏｄ");
        }
    }

    @Test
    @DisplayName("start-up re-keys the names once per rule: later starts leave the keys alone until the rule changes")
    void rekeyOncePerRule(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            org.partnercoach.storage.Database rows = fileBot.storedRows();
            List<Integer> recorded = rows.read(c -> org.partnercoach.storage.Database.list(c,
                    "SELECT rule FROM partner_key_rule", rs -> rs.getInt(1)));
            assertThat(recorded).containsExactly(PartnerInput.KEY_RULE);
            // a key as an older rule made it, written after the start: the next start under the same rule reads no
            // names, so it stays
            rows.write(c -> org.partnercoach.storage.Database.update(c, "INSERT INTO partners (guild_id, name,"
                    + " name_key, sector, stage, created_by, created_at, activity_at) VALUES (?, 'Ｔｅａ House',"
                    + " 'ｔｅａ house', 'community', 'RESEARCHING', 1, ?, ?)", TestBot.GUILD, TestBot.START,
                    TestBot.START));
            fileBot.restart();
            assertThat(keyOf(fileBot, "Ｔｅａ House")).isEqualTo("ｔｅａ house");

            // the rule recorded is older than the code's: the next start brings every key up to it
            fileBot.storedRows().write(c -> org.partnercoach.storage.Database.update(c,
                    "UPDATE partner_key_rule SET rule = ?", PartnerInput.KEY_RULE - 1));
            fileBot.restart();
            assertThat(keyOf(fileBot, "Ｔｅａ House")).isEqualTo("tea house");
            assertThat(fileBot.member("bea").runs(PartnerFeature.Paths.ADD, "name", "TEA house", "sector",
                    "community").text()).contains("already on the list");
        }
    }

    private static String keyOf(TestBot bot, String name) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT name_key FROM partners"
                + " WHERE name = ?", rs -> rs.getString(1), name)).orElseThrow();
    }

    @Test
    @DisplayName("a name containing the typed text anywhere is suggested, and follows a rename and a deletion")
    void containsFollowsTheName() {
        add("Eastside Food Bank", "Lincoln High");

        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "OOD BAN")))
                .containsExactly("Eastside Food Bank");
        // one row per place the name could be matched from, none starting with a space
        assertThat(suffixesOf("Eastside Food Bank")).hasSize("eastsidefoodbank".length())
                .contains("eastside food bank", "ood bank", "k").noneMatch(s -> s.startsWith(" "));

        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", "Westside Grocery");
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "ood ban")).isEmpty();
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "side groc")))
                .containsExactly("Westside Grocery");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "side groc", "what", "Call").text())
                .contains("Logged a note with “Westside Grocery”");

        long id = bot.app().database().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT id FROM partners WHERE name = 'Westside Grocery'", rs -> rs.getLong(1))).orElseThrow();
        bot.app().database().write(c -> org.partnercoach.storage.Database.update(c,
                "DELETE FROM partners WHERE id = ?", id));
        assertThat(suffixesOf(id)).isEmpty();
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "side groc")).isEmpty();
    }

    @Test
    @DisplayName("typed text longer than the suffixes kept is still matched on the whole of it")
    void longTypedText() {
        add("Coalition for Healthy Neighborhoods of the Eastside Valley",
                "Healthy Neighborhoods of the Eastside Hills");

        String typed = "healthy neighborhoods of the eastside valley";
        assertThat(typed.length()).isGreaterThan(NameSuffixes.KEPT);
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", typed)))
                .containsExactly("Coalition for Healthy Neighborhoods of the Eastside Valley");
        // a part of one name, the same as the other name for its first 32 characters
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "ealthy neighborhoods of the eastside hills",
                "what", "Call").text()).contains("Logged a note with “Healthy Neighborhoods of the Eastside Hills”");
    }

    @Test
    @DisplayName("emoji in a name: found by a part that starts with it, and no suffix holds half an emoji")
    void emojiInNames() {
        add("Apple 🍎 Pantry", "Grape 🍇🍇 Stand");

        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "🍎 pan")))
                .containsExactly("Apple 🍎 Pantry");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "🍇 st")))
                .containsExactly("Grape 🍇🍇 Stand");
        assertThat(suffixesOf("Grape 🍇🍇 Stand")).contains("🍇🍇 stand", "🍇 stand")
                // a lone surrogate comes out of codePoints() as itself
                .allMatch(s -> s.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE
                        && cp <= Character.MAX_SURROGATE));
    }

    @Test
    @DisplayName("a name holding the typed text many times does not hide another name that holds it once")
    void repeatsDoNotHideAnotherName() {
        // "Xya Xyb ... Xyy": 25 places where "xy" starts, each a different suffix, all before "xyz clinic"
        add(String.join(" ", "abcdefghijklmnopqrstuvwxy".chars().mapToObj(ch -> "Xy" + (char) ch).toList()),
                "Boxyz Clinic");

        // the only-one-contains-it shortcut must see both
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "xy", "what", "Call").text())
                .startsWith("More than one partner has “xy” in its name").contains("“Boxyz Clinic”");
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "xy")).extracting(OptionSpec.Choice::value)
                .hasSize(2).contains("Boxyz Clinic");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "xyz", "what", "Call").text())
                .contains("Logged a note with “Boxyz Clinic”");
    }

    @Test
    @DisplayName("hostile typing in the partner option: suggestions without errors, no wildcards, nothing stored")
    void hostileTyping() {
        add("Eastside Food Bank", "100% Youth", "Grace_Church");
        int suffixes = bot.app().database().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM partner_name_suffixes", rs -> rs.getInt(1))).orElseThrow();

        for (String typed : List.of("", " ", "x".repeat(10_000), "🎉".repeat(5_000), "'; DROP TABLE partners; --",
                "@everyone", "\u0000", "\uD83C", "a".repeat(33) + "🎉", "ood ba\uFFFF")) {
            assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", typed)).as(typed.length() > 40
                    ? typed.substring(0, 40) : typed).hasSizeLessThanOrEqualTo(25);
        }
        // % and _ are letters here, not wildcards
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "0%"))).containsExactly("100% Youth");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "e_c"))).containsExactly("Grace_Church");
        assertThat(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "%")).extracting(OptionSpec.Choice::value)
                .containsExactly("100% Youth");
        // full-width letters are the same letters
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "ｆｏｏｄ")))
                .containsExactly("Eastside Food Bank");
        assertThat(bot.app().database().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM partner_name_suffixes", rs -> rs.getInt(1))).orElseThrow()).isEqualTo(suffixes);
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(3);
    }

    @Test
    @DisplayName("a server from before the suffixes gets them for every partner at its next start, once")
    void suffixesMadeAtUpgrade(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            Member bea = fileBot.member("bea");
            for (String name : List.of("Eastside Food Bank", "Lincoln High", "Grace Church")) {
                bea.runs(PartnerFeature.Paths.ADD, "name", name, "sector", "community");
            }
            // as the last release left it: rule 1, no suffixes
            fileBot.storedRows().write(c -> {
                org.partnercoach.storage.Database.update(c, "DELETE FROM partner_name_suffixes");
                return org.partnercoach.storage.Database.update(c, "UPDATE partner_key_rule SET rule = 1");
            });
            assertThat(bea.suggests(PartnerFeature.Paths.SHOW, "partner", "coln hi")).isEmpty();

            fileBot.restart();

            assertThat(names(bea.suggests(PartnerFeature.Paths.SHOW, "partner", "coln hi")))
                    .containsExactly("Lincoln High");
            java.util.Optional<Integer> partnersWithSuffixes = fileBot.storedRows().read(c ->
                    org.partnercoach.storage.Database.one(c, "SELECT COUNT(DISTINCT partner_id)"
                            + " FROM partner_name_suffixes", rs -> rs.getInt(1)));
            assertThat(partnersWithSuffixes).contains(3);
            List<Integer> rule = fileBot.storedRows().read(c -> org.partnercoach.storage.Database.list(c,
                    "SELECT rule FROM partner_key_rule", rs -> rs.getInt(1)));
            assertThat(rule).containsExactly(PartnerInput.KEY_RULE);
        }
    }

    private List<String> suffixesOf(String name) {
        long id = bot.app().database().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT id FROM partners WHERE name = ?", rs -> rs.getLong(1), name)).orElseThrow();
        return suffixesOf(id);
    }

    private List<String> suffixesOf(long partnerId) {
        return bot.app().database().read(c -> org.partnercoach.storage.Database.list(c,
                "SELECT suffix FROM partner_name_suffixes WHERE partner_id = ?", rs -> rs.getString(1), partnerId));
    }

    @Test
    @DisplayName("close matches: a typo or a shared word")
    void closeMatches() {
        add("Eastside Food Bank", "Grace Church", "Lincoln High School");
        List<String> all = PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD).stream()
                .map(Partner::name).toList();

        assertThat(PartnerLookup.closeMatches(all, "Grace Chruch")).containsExactly("Grace Church");
        assertThat(PartnerLookup.closeMatches(all, "Lincoln")).containsExactly("Lincoln High School");
        assertThat(PartnerLookup.closeMatches(all, "x".repeat(10_000))).isEmpty();
    }

    @Test
    @DisplayName("GIVEN 3,000 partners WHEN bea types the oldest one's name a letter or two off THEN she is asked "
            + "about it, and the lookup reads a bounded number of names, not every name of the server")
    void closeMatchesAmongManyReadBoundedly() {
        add("Grace Church Pantry");
        PartnerStore store = new PartnerStore();
        bot.storedRows().write(c -> {
            java.time.Instant at = bot.clock().instant();
            for (int i = 0; i < 3_000; i++) {
                store.insert(c, TestBot.GUILD, PartnerInput.newName(String.format("Community Partner %04d", i)),
                        "community", ana.id(), null, null, at.plusSeconds(i + 1));
            }
            return null;
        });
        Member bea = bot.member("bea");

        for (String typed : List.of("Grace Chruch Pantry", "Grsce Church Pantry", "grace church pantri")) {
            org.partnercoach.support.Counted asked = org.partnercoach.support.Counted.of(() -> bea.runs(
                    PartnerFeature.Paths.SHOW, "partner", typed));
            assertThat(asked.reply().plainText()).as(typed).isEqualTo("I can't find a partner called “" + typed
                    + "” in this server. Did you mean “Grace Church Pantry”?");
            // the newest names and a few of those holding a piece of what was typed: far fewer than 3,000
            assertThat(asked.rows()).as(typed).isLessThan(600);
        }
        // AND a name a letter off one of the newest is offered as before
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Community Partner 2999x").plainText())
                .endsWith("Did you mean “Community Partner 2999”?");
    }

    @Test
    @DisplayName("a name with accents is suggested and found when typed without them (“clinica” finds “Clínica "
            + "Esperanza”), as with them: accents typed or not do not matter, other letters do")
    void accentsNeedNotBeTyped() {
        add("Clínica Esperanza", "Café Sol", "Grace Church");

        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "clinica"))).containsExactly(
                "Clínica Esperanza");
        assertThat(names(ana.suggests(PartnerFeature.Paths.LOG, "partner", "esperanza"))).containsExactly(
                "Clínica Esperanza");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "CAFE"))).containsExactly("Café Sol");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "clínica"))).containsExactly(
                "Clínica Esperanza");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "grâce"))).containsExactly("Grace Church");
        assertThat(names(ana.suggests(PartnerFeature.Paths.SHOW, "partner", "gracia"))).isEmpty();
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "clinica esperanza", "what", "Called them").text())
                .startsWith("Logged a note with “Clínica Esperanza”");
    }
}

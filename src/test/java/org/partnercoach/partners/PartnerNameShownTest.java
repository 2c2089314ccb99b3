package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("A partner's name is shown as typed: Markdown and spoilers in it stay literal, a mention stays a mention")
class PartnerNameShownTest {

    private static final String TYPED = "*Star* _Org_ <@1> ||spoiler||";
    /** What Discord renders back as the typed characters. */
    private static final String SHOWN = "\\*Star\\* \\_Org\\_ <@1> \\|\\|spoiler\\|\\|";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @BeforeEach
    void add() {
        Reply added = ana.runs(PartnerFeature.Paths.ADD, "name", TYPED, "sector", "arts");
        assertThat(added.plainText()).contains("Added “" + SHOWN + "”").doesNotContain("*Star*");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("notes of 1,000 characters full of punctuation, and an archive reason with Markdown, show whole on the "
            + "page: the notes go on in a field of their own rather than being cut, and the reason stays literal")
    void longNotesAndReasonShowWhole() {
        // GIVEN notes near their limit of 1,000, whose escapes make them longer than one field holds
        String line = "Maria (director) - pantry hours Mon-Fri; youth-garden plan (spring). ";
        String notes = line.repeat(15).substring(0, 977) + " Ask for Tuesday slots.";
        assertThat(notes).hasSizeLessThanOrEqualTo(1000);
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food", "notes", notes);
        // AND a reason for moving on of 1,000 characters, with Markdown in it
        String reason = "Budget_freeze, see **minutes** (per Maria - director). ".repeat(18).substring(0, 975)
                + " Ask again in spring.";
        bea.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High", "sector", "education");
        bea.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Lincoln High", "reason", reason);

        // WHEN each page is shown
        Reply food = ana.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank");
        Reply school = bea.runs(PartnerFeature.Paths.SHOW, "partner", "Lincoln High");

        // THEN every field fits Discord's 1,024 characters, and the notes' last words are there, after the first field
        for (Reply page : List.of(food, school)) {
            page.cards().get(0).fields().forEach(f -> assertThat(f.value()).hasSizeLessThanOrEqualTo(1024));
        }
        List<org.partnercoach.chat.Card.Field> fields = food.cards().get(0).fields();
        int at = fields.stream().map(org.partnercoach.chat.Card.Field::name).toList().indexOf("Notes");
        assertThat(fields.get(at).value()).startsWith("Maria \\(director\\) - pantry");
        assertThat(fields.get(at + 1).value()).endsWith("Ask for Tuesday slots.");
        assertThat(org.partnercoach.chat.Shown.rendered(fields.get(at).value() + " " + fields.get(at + 1).value()))
                .isEqualTo(notes);
        // AND the reason reads as typed, its Markdown literal, and the page still says how it comes back
        String stage = school.cards().get(0).fields().stream().filter(f -> f.name().equals("Stage")).findFirst()
                .orElseThrow().value();
        assertThat(stage).startsWith("Moved on: Budget\\_freeze, see \\*\\*minutes\\*\\*");
        assertThat(school.plainText()).contains("Ask again in spring.", "(`/partner restore` brings it back)");
    }

    @Test
    @DisplayName("the list's own replies: edit, know, unknow, archive, restore, keep, delete")
    void listReplies() {
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "star", "notes", "arts").plainText())
                .contains("Saved the changes to “" + SHOWN + "”");
        assertThat(bea.runs(PartnerFeature.Paths.KNOW, "partner", "star").plainText())
                .contains("you know someone at “" + SHOWN + "”");
        assertThat(bea.runs(PartnerFeature.Paths.UNKNOW, "partner", "star").plainText())
                .contains("knowing someone at “" + SHOWN + "”");
        assertThat(ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "star").plainText())
                .startsWith("“" + SHOWN + "” has moved on");
        assertThat(ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "star").plainText())
                .startsWith("“" + SHOWN + "” has already moved on");
        assertThat(ana.runs(PartnerFeature.Paths.RESTORE, "partner", "star").plainText())
                .startsWith("“" + SHOWN + "” is back on the list");
        assertThat(ana.runs(PartnerFeature.Paths.DELETE, "partner", "star").plainText())
                .startsWith("Delete “" + SHOWN + "” for good?");
        assertThat(ana.presses("Keep it").plainText()).startsWith("Kept “" + SHOWN + "” on the list");
        ana.runs(PartnerFeature.Paths.DELETE, "partner", "star");
        assertThat(ana.presses("Delete for good").plainText()).startsWith("Deleted “" + SHOWN + "”");
    }

    @Test
    @DisplayName("the partner's plan shows the name literally in its header and questions; its form and command keep it")
    void plan() {
        Reply first = ana.runs(PartnerFeature.Paths.COACH, "partner", "star");

        assertThat(first.plainText()).contains("Tip 1 of 5 · Do your research — " + SHOWN)
                .contains("Let's apply the 5 tips to " + SHOWN + ".")
                .contains("What is the mandate of " + SHOWN + "?").doesNotContain("*Star*");
        assertThat(ana.runs("coach progress").plainText()).contains("Plan for one partner — " + SHOWN)
                .doesNotContain("*Star*");
        ana.runs(PartnerFeature.Paths.COACH, "partner", "star");
        ana.presses("Answer");
        ana.submits("answer", "Murals for the east side");
        Reply paused = ana.presses("Pause");
        assertThat(paused.plainText()).contains("Paused: **Plan for one partner — " + SHOWN + "**")
                .contains("`/partner coach partner:\"" + TYPED + "\"`");
        assertThat(ana.runs("coach answers").plainText()).contains("**Plan for one partner — " + SHOWN + "**")
                .contains("What is the mandate of " + SHOWN + "?").doesNotContain("*Star*");
        // a form shows plain text: the question in it keeps the name as typed
        assertThat(ana.presses("Edit 1").form().inputs().get(0).placeholder())
                .startsWith("What is the mandate of " + TYPED + "? What do they exist");
    }

    @Test
    @DisplayName("the answer to an introduction request, and a reminder about the partner")
    void introAndReminder() {
        bea.runs(PartnerFeature.Paths.KNOW, "partner", "star");
        ana.runs(PartnerFeature.Paths.INTRO, "partner", "star");
        bot.advance(Duration.ZERO);
        List<RecordingMessenger.Sent> asks = bot.messenger().directTo(bea.id());
        bea.reads(asks.get(asks.size() - 1).reply());
        assertThat(bea.presses("I'll introduce you").plainText())
                .contains("someone at “" + SHOWN + "”");

        ana.runs("remind", "when", "in 2 days", "what", "Call them", "partner", "star");
        assertThat(ana.runs("reminders list").plainText()).contains(SHOWN).doesNotContain("*Star*");
        bot.advance(Duration.ofDays(2));
        assertThat(bot.messenger().directTo(ana.id())).filteredOn(s -> s.reply().plainText().contains("Call them"))
                .singleElement().satisfies(s -> assertThat(s.reply().plainText()).contains("Partner: " + SHOWN));
    }

    @Test
    @DisplayName("a touchpoint logged, logged with a partner that moved on, and a name suggested for a typo")
    void loggedAndSuggested() {
        // (the quick pulse that follows is the network's card, with tests of its own)
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "star", "what", "Call").plainText().lines()
                .findFirst().orElseThrow()).startsWith("Logged a note with “" + SHOWN + "” on")
                .doesNotContain("*Star*");
        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "star");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "star", "what", "Met again").plainText())
                .startsWith("Logged a note with “" + SHOWN + "” on").contains("“" + SHOWN + "” has moved on")
                .doesNotContain("*Star*");
        ana.runs(PartnerFeature.Paths.RESTORE, "partner", "star");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "*Star* _Org_ <@1> ||spoilr||").plainText())
                .contains("Did you mean “" + SHOWN + "”?").doesNotContain("*Star*");
    }

    @Test
    @DisplayName("a name that ends with a stop (“Grace Church.”, “Hope Center!”) ends the sentence it closes: no second "
            + "stop after its quote")
    void nameEndingWithAStop() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church.", "sector", "food");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Hope Center!", "sector", "food");

        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "Grace Church.", "notes", "Pantry").plainText())
                .isEqualTo("Saved the changes to “Grace Church.” Notes: updated (`/partner show` has them).");
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "Hope Center!", "notes", "Shelter").plainText())
                .isEqualTo("Saved the changes to “Hope Center!” Notes: updated (`/partner show` has them).");
        assertThat(bea.runs(PartnerFeature.Paths.KNOW, "partner", "Grace Church.").plainText())
                .startsWith("Noted: you know someone at “Grace Church.” When a member asks");
        assertThat(bea.runs(PartnerFeature.Paths.KNOW, "partner", "Grace Church.").plainText())
                .isEqualTo("You've already said you know someone at “Grace Church.” Thanks!");
        assertThat(ana.runs(PartnerFeature.Paths.OWNER, "partner", "Grace Church.", "member", String.valueOf(bea.id()))
                .plainText()).isEqualTo("<@" + bea.id() + "> now looks after “Grace Church.” I'll let them know by DM.");
        assertThat(bea.runs(PartnerFeature.Paths.OWNER, "partner", "Grace Church.", "member", String.valueOf(bea.id()))
                .plainText()).startsWith("You already look after “Grace Church.” Nothing was changed;");

        // AND the answers to an introduction there, to the member who will introduce and the one who asked
        ana.runs(PartnerFeature.Paths.INTRO, "partner", "Grace Church.");
        bot.advance(Duration.ZERO);
        List<RecordingMessenger.Sent> asks = bot.messenger().directTo(bea.id());
        bea.reads(asks.get(asks.size() - 1).reply());
        assertThat(bea.presses("I'll introduce you").plainText()).endsWith("someone at “Grace Church.”");
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(ana.id())).extracting(s -> s.reply().plainText())
                .anySatisfy(text -> assertThat(text).contains("someone at “Grace Church.” Once you've met"))
                .noneSatisfy(text -> assertThat(text).contains("”."));
        // (a name that ends otherwise keeps its stop)
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "star", "notes", "Murals").plainText())
                .isEqualTo("Saved the changes to “" + SHOWN + "”. Notes: updated (`/partner show` has them).");
    }

    @Test
    @DisplayName("a close match that ends with a stop closes the question itself: “Grace Church.” with no “?” after it")
    void closeMatchEndingWithAStop() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church.", "sector", "food");

        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "Grace Chruch.").plainText())
                .endsWith("Did you mean “Grace Church.”");
        assertThat(ana.runs(PartnerFeature.Paths.LOG, "partner", "Grace Chrch.", "what", "Call").plainText())
                .endsWith("Did you mean “Grace Church.”");
        // (a name that ends otherwise still gets its question mark, and the others keep their commas)
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church Pantry", "sector", "food");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "Grace Chruch").plainText())
                .endsWith("Did you mean “Grace Church.”, “Grace Church Pantry”?");
    }

    @Test
    @DisplayName("a name with backticks stays whole inside the commands shown as code: the duplicate's and the plan's")
    void backticksInCommands() {
        String typed = "`St. Mary's` Clinic";
        ana.runs(PartnerFeature.Paths.ADD, "name", typed, "sector", "health-care");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", typed, "sector", "health-care").plainText())
                .contains("See it with `` /partner show partner:\"" + typed + "\" ``, or log news");
        ana.runs(PartnerFeature.Paths.COACH, "partner", typed);
        assertThat(ana.presses("Pause").plainText())
                .contains("run `` /partner coach partner:\"" + typed + "\" ``, or type `resume`");
    }

    @Test
    @DisplayName("a name with a right-to-left override or other hidden characters in it shows without them in the "
            + "list's menu and in the names suggested while typing, as in messages, so it cannot read reversed; it "
            + "is stored and found as typed")
    void hiddenCharactersLeaveMenusAndSuggestions() {
        String typed = "Grace \u202Ehcruhc\u202C Pantry\u200B";
        ana.runs(PartnerFeature.Paths.ADD, "name", typed, "sector", "faith");

        List<String> labels = ana.runs(PartnerFeature.Paths.LIST).rows().stream()
                .filter(r -> r instanceof org.partnercoach.chat.Row.Select)
                .flatMap(r -> ((org.partnercoach.chat.Row.Select) r).menu().options().stream())
                .map(o -> o.label()).toList();
        assertThat(labels).contains("Grace hcruhc Pantry").noneMatch(l -> l.contains("\u202E") || l.contains("\u200B"));

        List<org.partnercoach.chat.OptionSpec.Choice> suggested = bea.suggests(PartnerFeature.Paths.SHOW, "partner",
                "Grace");
        assertThat(suggested).extracting(c -> c.name()).anyMatch(n -> n.startsWith("Grace hcruhc Pantry"))
                .noneMatch(n -> n.contains("\u202E") || n.contains("\u200B"));
        // the value the pick sends is the name as stored, which finds the partner
        assertThat(suggested).extracting(c -> c.value()).contains(typed);
    }
}

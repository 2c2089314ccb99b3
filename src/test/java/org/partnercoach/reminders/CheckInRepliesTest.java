package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Reply;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.Touchpoint;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Lines typed in the DM under a check-in: a contact told, and a puzzled line")
class CheckInRepliesTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private void adds(String... names) {
        for (String name : names) {
            assertThat(ana.runs("partner add", "name", name, "sector", "food").plainText()).startsWith("Added");
        }
    }

    /** ana's check-in about the partners she added comes by DM. */
    private void checkInComes(String... names) {
        adds(names);
        bot.advance(Duration.ofDays(15));
        assertThat(dms()).hasSize(1);
    }

    private List<RecordingMessenger.Sent> dms() {
        return bot.messenger().directTo(ana.id());
    }

    /** She opens the newest message in her DM, to press its buttons. */
    private Reply opensLatest() {
        List<RecordingMessenger.Sent> dms = dms();
        return ana.reads(dms.get(dms.size() - 1).reply());
    }

    private long partnerId(String name) {
        return bot.app().partners().allPartners(TestBot.GUILD).stream().filter(p -> p.name().equals(name))
                .findFirst().map(Partner::id).orElseThrow();
    }

    private List<Touchpoint> touchpoints() {
        return bot.app().partners().allPartners(TestBot.GUILD).stream()
                .flatMap(p -> bot.app().partners().recentTouchpoints(TestBot.GUILD, p.id(), 100).stream()).toList();
    }

    private static String prefilled(Reply form, String field) {
        return form.form().inputs().stream().filter(i -> i.id().equals(field)).map(Form.Input::value)
                .findFirst().orElseThrow();
    }

    // --- "done" with the contact told ------------------------------------------------------------------------

    @Test
    @DisplayName("GIVEN ana's check-in WHEN she types \"done\" with what she did, in either order and in everyday "
            + "forms THEN each is answered as a contact told under the check-in, not with the newcomer's welcome")
    void doneWithTheContactTold() {
        checkInComes("Grace Church");

        for (String told : List.of("done, called them", "done, emailed them", "Done! Called them yesterday.",
                "done - spoke with the pastor this morning", "Done and emailed her", "yes, done. texted him",
                "called them, all done", "emailed the pastor. done 👍", "Did it, called them today, thanks!")) {
            assertThat(ana.types(told).plainText()).as(told)
                    .contains("Glad you were in touch with “Grace Church”", "Log a touchpoint")
                    .doesNotContain("Welcome", "`start`");
        }
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("a \"done\" followed by anything else is no contact told: the walks answer it as before")
    void doneWithSomethingElseIsNotTheCheckIns() {
        checkInComes("Grace Church");

        for (String other : List.of("done with the first tip", "done, but they never answered",
                "not done, couldn't reach them")) {
            assertThat(ana.types(other).plainText()).as(other).doesNotContain("Glad you were in touch");
        }
    }

    // --- a contact told under a check-in of several partners -------------------------------------------------

    @Test
    @DisplayName("GIVEN a check-in of two partners WHEN ana tells of the contact naming a word of one (\"at the "
            + "clinic\") THEN the reply thanks her for that one only, and its Log a touchpoint form starts with her "
            + "words and their kind, which are logged as sent")
    void contactToldNamesOneOfTwoPartners() {
        checkInComes("Eastside Food Bank", "Northside Clinic");

        Reply reply = ana.types("I emailed the director at the clinic this morning");

        assertThat(reply.plainText()).contains("Glad you were in touch with “Northside Clinic”!",
                        "pick it on my reminder above and press **Log a touchpoint**", "the form starts with your words",
                        "Nothing is logged until you do")
                .doesNotContain("Eastside Food Bank");

        // WHEN she picks the clinic on the check-in and presses Log a touchpoint
        opensLatest();
        ana.picks(String.valueOf(partnerId("Northside Clinic")));
        Reply form = ana.presses("Log a touchpoint");
        assertThat(form.form().title()).isEqualTo("Touchpoint: Northside Clinic");
        assertThat(prefilled(form, CultivateFeature.FIELD_NOTE))
                .isEqualTo("I emailed the director at the clinic this morning");
        assertThat(prefilled(form, CultivateFeature.FIELD_KIND)).isEqualTo("email");

        ana.submits(CultivateFeature.FIELD_NOTE, prefilled(form, CultivateFeature.FIELD_NOTE),
                CultivateFeature.FIELD_KIND, prefilled(form, CultivateFeature.FIELD_KIND));
        assertThat(touchpoints()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Touchpoint.Kind.EMAIL);
            assertThat(t.note()).isEqualTo("I emailed the director at the clinic this morning");
        });

        // AND, once logged, the words are not offered again
        opensLatest();
        ana.picks(String.valueOf(partnerId("Northside Clinic")));
        assertThat(ana.presses("Log a touchpoint").form().inputs().get(0).value()).isNull();
    }

    @Test
    @DisplayName("GIVEN a check-in of two partners WHEN ana tells of a contact that names neither THEN the reply "
            + "claims contact with none of them and asks which, and the form of either starts with her words; a later "
            + "line that names one is kept for that one only")
    void contactToldNamesNeither() {
        checkInComes("Eastside Food Bank", "Northside Clinic");

        Reply reply = ana.types("I met their director for coffee");

        assertThat(reply.plainText()).startsWith("Glad you were in touch! Which partner was it?")
                .contains("pick that one on my reminder above and press **Log a touchpoint**",
                        "the form starts with your words")
                .doesNotContain("Eastside Food Bank", "Northside Clinic");
        for (String partner : List.of("Eastside Food Bank", "Northside Clinic")) {
            opensLatest();
            ana.picks(String.valueOf(partnerId(partner)));
            Reply form = ana.presses("Log a touchpoint");
            assertThat(prefilled(form, CultivateFeature.FIELD_NOTE)).as(partner)
                    .isEqualTo("I met their director for coffee");
            assertThat(prefilled(form, CultivateFeature.FIELD_KIND)).as(partner).isEqualTo("meeting");
        }

        // a line naming one of them after it is the one kept, for that partner only
        ana.types("Called Eastside Food Bank's pantry manager");
        opensLatest();
        ana.picks(String.valueOf(partnerId("Northside Clinic")));
        assertThat(ana.presses("Log a touchpoint").form().inputs().get(0).value()).isNull();
        opensLatest();
        ana.picks(String.valueOf(partnerId("Eastside Food Bank")));
        assertThat(ana.presses("Log a touchpoint").form().inputs().get(0).value())
                .isEqualTo("Called Eastside Food Bank's pantry manager");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a check-in of two partners, one renamed since by another member WHEN ana tells of the contact "
            + "by the name the check-in showed (\"the food bank\") THEN the reply thanks her for that partner, by its "
            + "name now, and its form starts with her words")
    void contactToldByTheNameTheCheckInShowedBeforeARename() {
        checkInComes("Eastside Food Bank", "Lincoln High School");
        Member bea = bot.member("bea");
        assertThat(bea.runs("partner edit", "partner", "Eastside Food Bank", "name", "Eastside Community Pantry")
                .plainText()).startsWith("Saved the changes to “Eastside Community Pantry”");

        Reply reply = ana.types("called the food bank this morning");

        assertThat(reply.plainText()).startsWith("Glad you were in touch with “Eastside Community Pantry”!")
                .contains("pick it on my reminder above and press **Log a touchpoint**")
                .doesNotContain("Which partner", "Lincoln High School");
        opensLatest();
        ana.picks(String.valueOf(partnerId("Lincoln High School")));
        assertThat(ana.presses("Log a touchpoint").form().inputs().get(0).value()).isNull();
        opensLatest();
        ana.picks(String.valueOf(partnerId("Eastside Community Pantry")));
        Reply form = ana.presses("Log a touchpoint");
        assertThat(prefilled(form, CultivateFeature.FIELD_NOTE)).isEqualTo("called the food bank this morning");

        // its whole old name finds it too
        assertThat(ana.types("I emailed Eastside Food Bank").plainText())
                .startsWith("Glad you were in touch with “Eastside Community Pantry”!");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("a bare \"done\" under a check-in of two partners asks which, and its form opens empty as before")
    void bareDoneUnderTwoPartnersAsksWhich() {
        checkInComes("Eastside Food Bank", "Northside Clinic");

        assertThat(ana.types("done").plainText()).startsWith("Glad you were in touch! Which partner was it?")
                .doesNotContain("your words");
        opensLatest();
        ana.picks(String.valueOf(partnerId("Eastside Food Bank")));
        assertThat(ana.presses("Log a touchpoint").form().inputs().get(0).value()).isNull();
    }

    @Test
    @DisplayName("under a check-in of one partner, the contact told fills its form too")
    void contactToldFillsTheOnePartnersForm() {
        checkInComes("Grace Church");

        assertThat(ana.types("done, called them").plainText()).contains("Glad you were in touch with “Grace Church”",
                "press **Log a touchpoint** on my reminder above", "the form starts with your words");
        opensLatest();
        Reply form = ana.presses("Log a touchpoint");
        assertThat(prefilled(form, CultivateFeature.FIELD_NOTE)).isEqualTo("done, called them");
        assertThat(prefilled(form, CultivateFeature.FIELD_KIND)).isEqualTo("call");
    }

    @Test
    @DisplayName("her words waiting for the form are in her /privacy export, and /privacy forget drops them: the form "
            + "then opens empty")
    void wordsWaitingAreHersToExportAndForget() throws Exception {
        checkInComes("Grace Church");
        ana.types("done, called the pastor");

        Reply export = ana.runs("privacy export");
        assertThat(export.files()).as(export.plainText()).hasSize(1);
        String json = new String(export.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("check_in_words_waiting")
                .get(0).path("words").asText()).isEqualTo("done, called the pastor");

        ana.runs("privacy forget");
        ana.presses("Delete my data");
        json = new String(ana.runs("privacy export").files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("called the pastor");
    }

    // --- a puzzled line under a check-in ---------------------------------------------------------------------

    @Test
    @DisplayName("GIVEN a check-in is the newest message the bot sent ana WHEN she types \"what is this?\", "
            + "\"what's this\", \"??\" or \"huh?\" THEN the reply says what the check-in is, who sees what she logs, "
            + "and what to press, not the generic introduction")
    void puzzledLineUnderACheckIn() {
        checkInComes("Grace Church");

        for (String puzzled : List.of("what is this?", "What's this", "??", "huh?")) {
            assertThat(ana.types(puzzled).plainText()).as(puzzled)
                    .contains("That's a check-in from me", "you look after “Grace Church”", "Log a touchpoint",
                            "the coalition sees it", "Snooze 1 day", "We've moved on")
                    .doesNotContain("Type one of these", "`start`");
        }
    }

    @Test
    @DisplayName("a puzzled line once another DM came after the check-in, or a walk moved since, is answered as "
            + "before")
    void puzzledLineAfterSomethingElse() {
        checkInComes("Grace Church");
        // a hand-over notice comes after the check-in
        Member bea = bot.member("bea");
        bea.runs("partner add", "name", "Lincoln High", "sector", "education");
        bot.coordinator("dee").runs("partner owner", "partner", "Lincoln High", "member", String.valueOf(ana.id()));
        bot.advance(Duration.ofMinutes(5));
        assertThat(dms()).hasSize(2);

        assertThat(ana.types("what is this?").plainText()).doesNotContain("That's a check-in from me");
    }

    @Test
    @DisplayName("a puzzled line after a walk moved since the check-in is the walk's, as before")
    void puzzledLineAfterAWalk() {
        checkInComes("Grace Church");
        ana.types("start");

        assertThat(ana.types("huh?").plainText()).doesNotContain("That's a check-in from me");
    }
}

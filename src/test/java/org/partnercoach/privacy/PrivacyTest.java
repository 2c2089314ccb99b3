package org.partnercoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.storage.Database;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/privacy: what is kept, export and forget")
class PrivacyTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    private static JsonNode json(Reply reply) throws Exception {
        return json(reply, "2026-03-02");
    }

    /** The export's file, named by {@code day} on the member's own clock. */
    private static JsonNode json(Reply reply, String day) throws Exception {
        assertThat(reply.files()).hasSize(1);
        assertThat(reply.files().get(0).fileName()).isEqualTo("partner-coach-my-data-" + day + ".json");
        return new ObjectMapper().readTree(new String(reply.files().get(0).bytes(), StandardCharsets.UTF_8));
    }

    /** Bea answers two questions and shares the second; she looks after a partner and sets a reminder. */
    private Member beaWithData() {
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", "Secret plan for the food bank");
        bea.presses("Answer");
        bea.submits("answer", "Shared idea: the library");
        bea.runs("coach answers");
        bea.presses("Share 2");
        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        bea.runs("remind", "when", "in 2 days", "what", "Call Eastside");
        return bea;
    }

    /** The member answers the first question of a plan for one partner ({@code /partner coach}). */
    private static void answersInAPlan(Member member, String partner, String answer) {
        member.runs("partner coach", "partner", partner);
        member.presses("Answer");
        member.submits("answer", answer);
    }

    @Test
    @DisplayName("forget tells a member what becomes of the partners they looked after, and nothing of partners when "
            + "they had none")
    void forgetSaysWhatBecomesOfTheirPartners() {
        // GIVEN Cal looks after two partners, and Dee after none
        Member cal = bot.member("cal");
        cal.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        cal.runs("partner add", "name", "Lincoln High", "sector", "education");
        Member dee = bot.member("dee");
        dee.runs("remind", "when", "in 2 days", "what", "Call Eastside");

        // WHEN each asks to be forgotten
        cal.runs("privacy forget");
        String calHears = cal.presses("Delete my data").text();
        dee.runs("privacy forget");
        String deeHears = dee.presses("Delete my data").text();

        // THEN Cal hears his two partners are left without an owner, and Dee hears nothing about partners
        assertThat(calHears).contains("**Eastside Food Bank** and **Lincoln High**, which you looked after, now have "
                + "no owner; a coordinator can hand them to another member with `/partner owner` (the weekly digest, "
                + "where it is set up, lists them).");
        assertThat(deeHears).contains("I deleted what I kept about you").doesNotContain("partner");
    }

    @Test
    @DisplayName("forget's confirm names what others will notice: her partners left unowned, the session she leads "
            + "left without a leader, where she knows someone, and her digest by DM stopping; the done says so too")
    void forgetNamesWhatOthersWillNotice() {
        // GIVEN Cora, a coordinator, gets the digest by DM, looks after a partner, knows someone there and leads a
        // group session still running
        Member cora = bot.coordinator("cora");
        cora.runs("digest subscribe");
        cora.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        cora.runs("partner know", "partner", "Eastside Food Bank");
        cora.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
        bot.app().scheduler().runDue();

        // WHEN she asks to be forgotten
        String ask = cora.runs("privacy forget").text();

        // THEN the confirm names each, before anything is deleted
        assertThat(ask).contains("You stop getting the weekly digest by DM.",
                "**Eastside Food Bank** stays on the outreach list with no one looking after it",
                "Your group session **Tuesday circle** goes on with no leader: anyone in its thread can move it on",
                "You no longer show as knowing someone at **Eastside Food Bank**", "cannot be undone");

        // AND once she confirms, the done says again what others notice: her partner without an owner, where she
        // no longer knows someone, her session and her digest
        String done = cora.presses("Delete my data").text();
        assertThat(done).contains("**Eastside Food Bank**, which you looked after, now has no owner; a coordinator "
                        + "can hand it to another member with `/partner owner`",
                "You no longer show as knowing someone at **Eastside Food Bank**, so nobody is sent to you for an "
                        + "introduction.",
                "Your group session **Tuesday circle** has no leader now",
                "You no longer get the weekly digest by DM.");

        // AND a member with none of these hears of none of them
        Member dee = bot.member("dee");
        dee.runs("remind", "when", "in 2 days", "what", "Call Eastside");
        assertThat(dee.runs("privacy forget").text()).doesNotContain("What others will notice", "digest", "session ",
                "no one looking after", "knowing someone", "contacts");
        assertThat(dee.presses("Delete my data").text()).doesNotContain("digest", "leader");
    }

    @Test
    @DisplayName("forget's confirm names the partners whose page loses her answers in a plan for them, hers or "
            + "another's, not one whose plan she only skipped; the done says so too, and the pages no longer show them")
    void forgetNamesThePlansLeavingPartnersPages() {
        // GIVEN Gus answered in a plan for a partner he looks after and in one for a partner Ana looks after, and only
        // skipped in a plan for a third
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner add", "name", "Westside Clinic", "sector", "health-care");
        Member gus = bot.member("gus");
        gus.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        answersInAPlan(gus, "Eastside Food Bank", "They feed families");
        answersInAPlan(gus, "Lincoln High", "They teach the east side");
        gus.runs("partner coach", "partner", "Westside Clinic");
        gus.presses("Skip");
        assertThat(ana.runs("partner show", "partner", "Lincoln High").plainText())
                .contains("Plan for Lincoln High", "They teach the east side");

        // WHEN he asks to be forgotten
        String ask = gus.runs("privacy forget").text();

        // THEN what others will notice names both pages that lose his answers, and not the one he only skipped in
        assertThat(ask).contains("What others will notice:", "Your answers in the plans for **Eastside Food Bank** and "
                + "**Lincoln High** come off their pages (`/partner show`), which every member sees.")
                .doesNotContain("Westside Clinic");

        // AND once he confirms, the done says so again, and Ana no longer sees his plan on either page
        String done = gus.presses("Delete my data").text();
        assertThat(done).contains("Your answers in the plans for **Eastside Food Bank** and **Lincoln High** are no "
                + "longer on their pages.");
        assertThat(ana.runs("partner show", "partner", "Lincoln High").plainText())
                .doesNotContain("Plan for Lincoln High", "They teach the east side");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .doesNotContain("Plan for Eastside Food Bank", "They feed families");
    }

    @Test
    @DisplayName("forget's confirm and done name a single plan's page as one")
    void forgetNamesOnePlansPage() {
        // GIVEN Dee answered in a plan for a partner Ana looks after, and nothing else
        bot.member("ana").runs("partner add", "name", "Lincoln High", "sector", "education");
        Member dee = bot.member("dee");
        answersInAPlan(dee, "Lincoln High", "They teach the east side");

        // WHEN she asks to be forgotten, and confirms
        String ask = dee.runs("privacy forget").text();
        String done = dee.presses("Delete my data").text();

        // THEN both name the one page
        assertThat(ask).contains("Your answers in the plan for **Lincoln High** come off its page (`/partner show`), "
                + "which every member sees.");
        assertThat(done).contains("Your answers in the plan for **Lincoln High** are no longer on its page.");
    }

    @Test
    @DisplayName("/privacy about says what is kept, who sees it, how long, and how to export or delete it")
    void about() {
        String text = bot.member("ana").runs("privacy about").text();
        assertThat(text).contains("Answers are private", "**Share**", "30 days", "90 days", "/privacy export",
                "/privacy forget", "7 days");
    }

    @Test
    @DisplayName("export: one private JSON file with the caller's own answers (private and shared), never another's")
    void export() throws Exception {
        beaWithData();
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Ana's own thought");

        Reply reply = bot.member("bea").runs("privacy export");
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text()).contains("everything I keep about you");
        JsonNode data = json(reply);
        assertThat(data.get("member_id").asText()).isEqualTo(String.valueOf(bot.member("bea").id()));
        assertThat(data.get("coaching").get("answers")).hasSize(2);
        String text = data.toString();
        assertThat(text).contains("Secret plan for the food bank", "Shared idea: the library", "Eastside Food Bank",
                "Coffee with the director", "Call Eastside").doesNotContain("Ana's own thought");
        assertThat(data.get("coaching").get("answers").get(1).get("shared").asBoolean()).isTrue();
        assertThat(data.get("coaching").get("answers").get(0).get("shared").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("export: each answer says, in words, which walk and which question it answers (and a plan's "
            + "partner), as the member saw them, not by the keys the bot stores")
    void exportSaysTheQuestions() throws Exception {
        // GIVEN Bea answered the first question of the 5 tips and the first of a plan for the food bank
        Member bea = beaWithData();
        bea.runs("partner coach", "partner", "Eastside Food Bank");
        bea.presses("Answer");
        bea.submits("answer", "Feeds families on the east side");

        // WHEN she exports her data
        JsonNode data = json(bea.runs("privacy export"));

        // THEN each answer names its walk and its question as she read it
        JsonNode answers = data.get("coaching").get("answers");
        assertThat(answers.get(0).get("walk").asText()).isEqualTo("5 tips for reaching out to new partners");
        assertThat(answers.get(0).get("question").asText()).startsWith("Who do you want to partner with?");
        assertThat(answers.get(0).get("answer").asText()).isEqualTo("Secret plan for the food bank");
        JsonNode plan = answers.get(answers.size() - 1);
        assertThat(plan.get("walk").asText()).isEqualTo("Plan for one partner");
        assertThat(plan.get("partner").asText()).isEqualTo("Eastside Food Bank");
        assertThat(plan.get("question").asText()).isEqualTo(
                "What is the mandate of Eastside Food Bank? What do they exist to do, and who do they serve?");
        // AND each walk says its name and where it stands, in words
        JsonNode walks = data.get("coaching").get("walks");
        assertThat(walks.get(1).get("walk").asText()).isEqualTo("Plan for one partner");
        assertThat(walks.get(1).get("current_question").asText()).startsWith("What are their goals right now");
    }

    @Test
    @DisplayName("export: each trust pulse rating names its partner and what was rated, in words, not by ids and codes")
    void exportNamesTheRatedPartner() throws Exception {
        // GIVEN Bea logged a contact with the food bank, and rated its open communication 1 in the pulse that followed
        Member bea = bot.member("bea");
        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Reply pulse = bea.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        assertThat(pulse.plainText()).contains("Quick pulse");
        bea.presses("Open communication 1");

        // WHEN she exports her data
        JsonNode health = json(bea.runs("privacy export")).get("partnership_health");

        // THEN her rating and the question asked name the partner and what it was about
        JsonNode rating = health.get("ratings").get(0);
        assertThat(rating.get("partner").asText()).isEqualTo("Eastside Food Bank");
        assertThat(rating.get("rated").asText()).isEqualTo("Open communication");
        assertThat(rating.get("question").asText()).isEqualTo("How openly do you and they talk things through?");
        assertThat(rating.get("score").asInt()).isEqualTo(1);
        assertThat(rating.get("changed_at").isNull()).as("a rating never changed: %s", rating).isTrue();
        JsonNode asked = health.get("questions_asked").get(0);
        assertThat(asked.get("partner").asText()).isEqualTo("Eastside Food Bank");
        assertThat(asked.get("asked_about").asText()).isEqualTo("Trust");

        // WHEN, a day later, she changes it to 4 (within its 7 days)
        bot.advance(java.time.Duration.ofDays(1));
        org.partnercoach.chat.CustomId four = ((org.partnercoach.chat.Row.Buttons) pulse.rows().get(0)).buttons()
                .get(3).id();
        assertThat(bea.pressesId(four).plainText()).contains("Saved: Open communication 4");

        // THEN the export says when she changed it, a day after she rated it
        Reply later = bea.runs("privacy export");
        JsonNode changed = new ObjectMapper().readTree(new String(later.files().get(0).bytes(),
                StandardCharsets.UTF_8)).get("partnership_health").get("ratings").get(0);
        assertThat(changed.get("score").asInt()).isEqualTo(4);
        assertThat(changed.get("changed_at").asText()).isNotEqualTo(changed.get("rated_at").asText())
                .startsWith("2026-03-03");
    }

    @Test
    @DisplayName("export: a partner's sector by its name, each answer's question in words without its key, and the "
            + "members of an introduction as the CSV exports name members (she is \"you\"), not by their ids")
    void exportShowsSectorsQuestionsAndMembersInWords() throws Exception {
        // GIVEN Bea answered a question and added the food bank (sector food); Ana knows someone there, and Bea
        // asked her for an introduction
        Member bea = beaWithData();
        Member ana = bot.member("ana");
        ana.runs("partner know", "partner", "Eastside Food Bank");
        bea.runs("partner intro", "partner", "Eastside Food Bank");

        // WHEN each exports her data
        JsonNode mine = json(bea.runs("privacy export"));
        JsonNode anas = json(ana.runs("privacy export"));

        // THEN the sector reads as the bot shows it elsewhere
        assertThat(mine.get("partners").get("looked_after").get(0).get("sector").asText())
                .isEqualTo("Food and nutrition");
        // AND the question is in words only: no key beside it, in her answers or her walks
        JsonNode answer = mine.get("coaching").get("answers").get(0);
        assertThat(answer.get("question").asText()).startsWith("Who do you want to partner with?");
        assertThat(answer.has("question_key")).isFalse();
        assertThat(mine.get("coaching").get("walks").get(0).has("question_key")).isFalse();
        // AND the introduction names who asked whom: she is "you", Ana the link to her profile
        JsonNode intro = mine.get("partners").get("introductions").get(0);
        assertThat(intro.get("partner").asText()).isEqualTo("Eastside Food Bank");
        assertThat(intro.get("asked_by").asText()).isEqualTo("you");
        assertThat(intro.get("asked_of").asText()).isEqualTo("https://discord.com/users/" + ana.id());
        JsonNode asked = anas.get("partners").get("introductions").get(0);
        assertThat(asked.get("asked_by").asText()).isEqualTo("https://discord.com/users/" + bea.id());
        assertThat(asked.get("asked_of").asText()).isEqualTo("you");
        assertThat(mine.toString()).doesNotContain("question_key", "requester_id", "helper_id", "\"food\"",
                String.valueOf(ana.id()) + ",");

        // AND once Ana is forgotten, Bea's introduction was asked of "a former member"
        ana.runs("privacy forget");
        ana.presses("Delete my data");
        assertThat(json(bea.runs("privacy export")).get("partners").get("introductions").get(0).get("asked_of")
                .asText()).isEqualTo("a former member");
    }

    @Test
    @DisplayName("export: times read at the member's own clock, to the minute, with her time zone named in the file and "
            + "the reply; the bot's codes (ACTIVE, RESEARCHING, NOTE) read in words")
    void exportReadsInHerZoneAndInWords() throws Exception {
        // GIVEN Bea, in Chicago, started the 5 tips, added the food bank and logged a contact on Monday 2 March at
        // 15:00 UTC (09:00 in Chicago)
        Member bea = bot.member("bea");
        bea.runs("settings timezone", "zone", "America/Chicago");
        beaWithData();

        // WHEN she exports her data
        Reply reply = bea.runs("privacy export");
        JsonNode data = json(reply);

        // THEN the file and the reply name her zone, and each time reads as her clock showed it
        assertThat(reply.text()).contains("times in America/Chicago");
        assertThat(data.get("exported_at").asText()).isEqualTo("2026-03-02 09:00");
        assertThat(data.get("times_in").asText()).isEqualTo("America/Chicago");
        JsonNode walk = data.get("coaching").get("walks").get(0);
        assertThat(walk.get("started_at").asText()).isEqualTo("2026-03-02 09:00");
        assertThat(data.get("partners").get("touchpoints").get(0).get("happened_at").asText())
                .isEqualTo("2026-03-02 09:00");
        assertThat(data.get("partners").get("looked_after_over_time").get(0).get("since").asText())
                .isEqualTo("2026-03-02 09:00");
        // AND codes read in words
        assertThat(walk.get("status").asText()).isEqualTo("active");
        assertThat(data.get("partners").get("looked_after").get(0).get("stage").asText()).isEqualTo("researching");
        assertThat(data.get("partners").get("touchpoints").get(0).get("kind").asText()).isEqualTo("note");
        assertThat(data.toString()).doesNotContain("ACTIVE", "RESEARCHING", "\"NOTE\"", ":00Z");
    }

    @Test
    @DisplayName("forget: Delete my data asks only the two things it tells (the sessions she leads, whether she gets "
            + "the digest), not her export: neither her digest nudges nor her session answers")
    void deleteReadsOnlyWhatItTells() {
        // GIVEN the parts of a member's data, each counting how often it is read
        List<String> read = new java.util.ArrayList<>();
        java.util.function.BiFunction<String, Object, PersonalData> part = (section, rows) -> new PersonalData() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public Object export(long guildId, long userId) {
                read.add(section);
                return rows;
            }

            @Override
            public void forget(long guildId, long userId) {
            }
        };
        List<String> ledAsked = new java.util.ArrayList<>();
        List<String> subscribedAsked = new java.util.ArrayList<>();
        PrivacyFeature privacy = new PrivacyFeature(List.of(
                part.apply("coaching", Map.of("walks", List.of())),
                part.apply("partners", Map.of("looked_after", List.of())),
                part.apply("group_sessions", Map.of("answers", List.of(Map.of("text", "A long answer")),
                        "facilitated", List.of(Map.of("title", "Tuesday circle", "status", "OPEN")))),
                part.apply("digest", Map.of("subscription", List.of(Map.of("subscribed_at", "2026-03-01T10:00:00Z"))))),
                (guildId, userId) -> {
                    ledAsked.add(guildId + ":" + userId);
                    return List.of("Tuesday circle");
                }, (guildId, userId) -> subscribedAsked.add(guildId + ":" + userId), key -> key,
                bot.app().settings(), bot.clockView());
        Caller bea = new Caller(TestBot.GUILD, 0, 42, "bea", false, Surface.SERVER);

        // WHEN she presses Delete my data
        Reply done = privacy.onButton(new Inbound.ButtonPress(bea, CustomId.of("privacy", "forget", TestBot.GUILD, 42,
                bot.clock().instant().getEpochSecond())));

        // THEN it tells both, having asked only whether she is subscribed and which sessions she leads (not her
        // digest nudges or her session answers with them)
        assertThat(done.text()).contains("Your group session **Tuesday circle** has no leader now",
                "You no longer get the weekly digest by DM.");
        assertThat(read).isEmpty();
        assertThat(subscribedAsked).containsExactly(TestBot.GUILD + ":42");
        assertThat(ledAsked).containsExactly(TestBot.GUILD + ":42");
    }

    @Test
    @DisplayName("forget names only the sessions she leads that are still running, not one that ended")
    void forgetNamesOnlyRunningSessions() {
        // GIVEN Cora led "Old circle", which ended, and leads "Tuesday circle", still running
        Member cora = bot.member("cora");
        cora.runs("session start", "plan", "ask-yourself", "title", "Old circle");
        bot.app().scheduler().runDue();
        long old = bot.messenger().threads().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Reply> posts = bot.messenger().postsIn(old).stream()
                .map(org.partnercoach.support.RecordingMessenger.Sent::reply)
                .filter(r -> r.plainText().startsWith("Question ")).toList();
        cora.readsInThread(old, posts.get(posts.size() - 1));
        cora.presses("End");
        bot.app().scheduler().runDue();
        cora.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
        bot.app().scheduler().runDue();

        // WHEN she asks to be forgotten, and confirms
        String ask = cora.runs("privacy forget").text();
        String done = cora.presses("Delete my data").text();

        // THEN both name the running one only
        assertThat(ask).contains("Your group session **Tuesday circle** goes on with no leader")
                .doesNotContain("Old circle");
        assertThat(done).contains("Your group session **Tuesday circle** has no leader now")
                .doesNotContain("Old circle");
    }

    @Test
    @DisplayName("forget: after the confirm button, answers, walks, reminders and settings are gone; partners are unowned")
    void forget() throws Exception {
        Member bea = beaWithData();
        Member cora = bot.coordinator("cora");
        assertThat(CsvText.of(cora.runs("export answers").files().get(0)))
                .contains("Shared idea");

        Reply ask = bea.runs("privacy forget");
        assertThat(ask.text()).contains("cannot be undone");
        assertThat(ask.buttons()).extracting(b -> b.label()).containsExactly("Delete my data", "Keep it");
        assertThat(bea.presses("Keep it").text()).contains("Nothing was deleted");
        assertThat(json(bea.runs("privacy export")).get("coaching").get("answers")).hasSize(2);

        bea.runs("privacy forget");
        Reply done = bea.presses("Delete my data");
        assertThat(done.text()).contains("I deleted what I kept about you", "**Eastside Food Bank**, which you looked "
                + "after, now has no owner; a coordinator can hand it to another member with `/partner owner`");

        JsonNode after = json(bea.runs("privacy export"));
        assertThat(after.get("coaching").get("walks")).isEmpty();
        assertThat(after.get("coaching").get("answers")).isEmpty();
        assertThat(after.get("messages_and_reminders")).isEmpty();
        assertThat(after.get("partners").get("looked_after")).isEmpty();
        assertThat(after.get("partners").get("touchpoints")).isEmpty();
        // the shared answer left the coordinators' export too
        assertThat(CsvText.of(cora.runs("export answers").files().get(0)))
                .doesNotContain("Shared idea");
        // the partner stays on the list, with no owner, and the digest says so
        Database db = bot.storedRows();
        assertThat(db.<java.util.Optional<Integer>>read(c -> Database.one(c, "SELECT COUNT(*) FROM partners WHERE guild_id = ? AND owner_id IS NULL",
                rs -> rs.getInt(1), TestBot.GUILD))).contains(1);
        assertThat(cora.runs("digest preview").plainText())
                .contains("Partners with no one looking after them (1)", "Eastside Food Bank");
        assertThat(CsvText.of(cora.runs("export touchpoints").files().get(0)))
                .contains("Coffee with the director");
    }

    @Test
    @DisplayName("someone else's confirm button deletes nothing")
    void othersButton() throws Exception {
        Member bea = beaWithData();
        bea.runs("privacy forget");
        Member ana = bot.member("ana");
        Reply refused = ana.pressesId(bea.findButton("Delete my data").orElseThrow().id());
        assertThat(refused.text()).contains("someone else's", "Nothing was deleted");
        assertThat(json(bea.runs("privacy export")).get("coaching").get("answers")).hasSize(2);
    }

    @Test
    @DisplayName("a Delete my data button pressed long after it was shown deletes nothing and asks to run forget again: "
            + "what the confirmation listed may no longer be all she has; within 15 minutes it deletes")
    void oldConfirmDeletesNothing() throws Exception {
        // GIVEN Bea asked to be forgotten, then thought better of it and carried on for an hour
        Member bea = beaWithData();
        Reply ask = bea.runs("privacy forget");
        bot.clock().advance(java.time.Duration.ofHours(1));
        bea.runs("partner log", "partner", "Eastside Food Bank", "what", "Second coffee with the director");

        // WHEN she presses that hour-old Delete my data
        bea.reads(ask);
        Reply late = bea.presses("Delete my data");

        // THEN nothing is deleted, and she is told to run it again
        assertThat(late.text()).contains("nothing was deleted", "Run `/privacy forget` again");
        assertThat(json(bea.runs("privacy export")).get("coaching").get("answers")).hasSize(2);

        // WHEN she runs it again and confirms 14 minutes later THEN it is all deleted
        bea.runs("privacy forget");
        bot.clock().advance(java.time.Duration.ofMinutes(14));
        assertThat(bea.presses("Delete my data").text()).contains("I deleted what I kept about you");
        assertThat(json(bea.runs("privacy export")).get("coaching").get("answers")).isEmpty();
    }

    @Test
    @DisplayName("export: an introduction's status in plain words (\"doesn't know them well\", \"can't answer any "
            + "more\"), and her home server's id as text, which a spreadsheet keeps whole")
    void exportWritesStatusesInWordsAndTheServerAsText() throws Exception {
        // GIVEN Bea asked Ana and Carl for an introduction to the food bank; Ana doesn't know them well, and Carl
        // deletes his data before he answers
        Member bea = beaWithData();
        Member ana = bot.member("ana");
        Member carl = bot.member("carl");
        ana.runs("partner know", "partner", "Eastside Food Bank");
        carl.runs("partner know", "partner", "Eastside Food Bank");
        bea.runs("partner intro", "partner", "Eastside Food Bank");
        bot.advance(java.time.Duration.ZERO);
        List<org.partnercoach.support.RecordingMessenger.Sent> toAna = bot.messenger().directTo(ana.id());
        ana.reads(toAna.get(toAna.size() - 1).reply());
        ana.presses("I don't know them well");
        carl.runs("privacy forget");
        carl.presses("Delete my data");

        // WHEN she exports her data
        JsonNode mine = json(bea.runs("privacy export"));

        // THEN each introduction's status reads as the partner card says it, not as a code made into words
        List<String> statuses = new java.util.ArrayList<>();
        mine.get("partners").get("introductions").forEach(i -> statuses.add(i.get("status").asText()));
        assertThat(statuses).contains("doesn't know them well", "can't answer any more")
                .doesNotContain("not well", "helper forgotten");
        // AND her home server is text, as a spreadsheet keeps it whole, not a bare number
        JsonNode home = mine.get("home_server").get(0).get("guild_id");
        assertThat(home.isTextual()).as("home_server written as text: %s", home).isTrue();
        assertThat(home.asText()).isEqualTo(Long.toUnsignedString(TestBot.GUILD));
    }

    @Test
    @DisplayName("export: the week of a nudge, the period of a question and every introduction's status in words a "
            + "member reads (\"week of 2 Mar 2026\", \"couldn't be reached by DM\"), not the bot's keys and codes")
    void exportWritesWeeksPeriodsAndStatusesInWords() throws Exception {
        // GIVEN Bea logged a contact with the food bank she looks after (the trust pulse followed, on 2 March), and
        // asked Ana and Carl for an introduction there; Carl's DMs are closed, and Ana took back that she knows
        // someone there before she answered
        Member bea = beaWithData();
        Member ana = bot.member("ana");
        Member carl = bot.member("carl");
        ana.runs("partner know", "partner", "Eastside Food Bank");
        carl.runs("partner know", "partner", "Eastside Food Bank");
        bot.messenger().closeDmsOf(carl.id());
        bea.runs("partner intro", "partner", "Eastside Food Bank");
        bot.advance(java.time.Duration.ZERO);
        ana.runs("partner unknow", "partner", "Eastside Food Bank");
        // AND she was asked the value question of the first quarter, and a coordinator nudged her from the digest in
        // the week of Monday 2 March
        long cora = bot.coordinator("cora").id();
        bot.storedRows().write(c -> {
            long partner = Database.one(c, "SELECT id FROM partners WHERE guild_id = ? AND name = ?",
                    rs -> rs.getLong(1), TestBot.GUILD, "Eastside Food Bank").orElseThrow();
            Database.update(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key,"
                    + " asked_at) VALUES (?, ?, ?, 'VALUE', '2026-Q1', ?)", TestBot.GUILD, partner, bea.id(),
                    bot.clock().instant());
            return Database.update(c, "INSERT INTO digest_nudges (guild_id, member_id, week_key, coordinator_id,"
                    + " queued_at) VALUES (?, ?, '2026-W10', ?, ?)", TestBot.GUILD, bea.id(), cora,
                    bot.clock().instant());
        });

        // WHEN she exports her data
        JsonNode mine = json(bea.runs("privacy export"));

        // THEN the nudge says its week, and each question its period, in words, without their keys
        JsonNode nudge = mine.get("digest").get("nudges_received").get(0);
        assertThat(nudge.get("week").asText()).isEqualTo("week of 2 Mar 2026");
        assertThat(nudge.has("week_key")).as("week_key beside its words: %s", nudge).isFalse();
        List<String> periods = new java.util.ArrayList<>();
        mine.get("partnership_health").get("questions_asked").forEach(q -> {
            assertThat(q.has("period_key")).as("period_key beside its words: %s", q).isFalse();
            periods.add(q.get("asked_about").asText() + ": " + q.get("period").asText());
        });
        assertThat(periods).containsExactly("Trust: 2 Mar 2026", "Value: Q1 2026 (Jan – Mar)");
        // AND each introduction's status reads as the partner card says it
        List<String> statuses = new java.util.ArrayList<>();
        mine.get("partners").get("introductions").forEach(i -> statuses.add(i.get("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("couldn't be reached by DM", "no longer knows someone there");
    }

    @Test
    @DisplayName("export: each message the bot queued for her reads as what it is and what it was about, in words "
            + "(\"A reminder\": \"Call Eastside\", \"An answer on an introduction\"), with its status in words, "
            + "never the bot's codes (\"WILL_INTRODUCE\") or an empty field")
    void exportSaysEachMessageInWords() throws Exception {
        // GIVEN Bea set a reminder, asked Ana for an introduction to the food bank and Ana will introduce her
        Member bea = beaWithData();
        Member ana = bot.member("ana");
        ana.runs("partner know", "partner", "Eastside Food Bank");
        bea.runs("partner intro", "partner", "Eastside Food Bank");
        bot.advance(java.time.Duration.ZERO);
        List<org.partnercoach.support.RecordingMessenger.Sent> toAna = bot.messenger().directTo(ana.id());
        ana.reads(toAna.get(toAna.size() - 1).reply());
        ana.presses("I'll introduce you");
        bot.advance(java.time.Duration.ZERO);
        // AND, two weeks on with no contact logged, her check-in for the food bank came
        bot.advance(java.time.Duration.ofDays(15));

        // WHEN she exports her data
        JsonNode messages = json(bea.runs("privacy export"), "2026-03-17").get("messages_and_reminders");

        // THEN her reminder says its words, waiting; the answer says what it is, sent; no code, id or empty field
        List<String> read = new java.util.ArrayList<>();
        messages.forEach(m -> read.add(m.get("message").asText() + " | " + (m.has("about") ? m.get("about").asText()
                : "-") + " | " + m.get("status").asText()));
        assertThat(read).contains("An answer on an introduction | your request for an introduction at “Eastside "
                + "Food Bank” | sent", "A cultivate reminder | “Eastside Food Bank” | sent");
        assertThat(read).anyMatch(r -> r.startsWith("A reminder | Call Eastside"));
        String file = messages.toString();
        assertThat(file).doesNotContain("WILL_INTRODUCE", "payload", "\"about\":\"\"", "intro-answer", "PENDING",
                "SENT");
        // AND Ana's export names the request she was sent, which names no code either
        JsonNode anas = json(ana.runs("privacy export"), "2026-03-17").get("messages_and_reminders");
        assertThat(anas.toString()).contains("An introduction request", "an introduction at “Eastside Food Bank”, "
                + "for ").doesNotContain("intro-ask", "<@" + bea.id() + ">");
    }

    @Test
    @DisplayName("a coordinator forgets herself while her notices to bea wait for bea's quiet hours: they go out by "
            + "\"a former member\" and send bea to a coordinator, never naming her; neither bea's nor dan's export "
            + "keeps her id")
    void forgottenCoordinatorsNoticesNameHerNoMore() throws Exception {
        // GIVEN bea lives in Tokyo (15:00 UTC is midnight there, in her quiet hours) and looks after two partners
        Member bea = bot.member("bea");
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        bea.runs("partner add", "name", "Grace Church", "sector", "faith");
        bea.runs("partner add", "name", "Sunrise Clinic", "sector", "health-care");
        // AND cora, a coordinator, archives one and hands the other to dan: bea's news of both waits for her morning
        Member cora = bot.coordinator("cora");
        Member dan = bot.member("dan");
        cora.runs("partner archive", "partner", "Grace Church", "reason", "They closed");
        cora.runs("partner owner", "partner", "Sunrise Clinic", "member", String.valueOf(dan.id()));
        bot.advance(java.time.Duration.ZERO);
        assertThat(bot.messenger().directTo(bea.id())).isEmpty();

        // WHEN cora asks to be forgotten
        cora.runs("privacy forget");
        cora.presses("Delete my data");

        // THEN neither bea's export nor dan's keeps cora's id; dan's says a former member handed him the clinic
        String beas = json(bea.runs("privacy export"), "2026-03-03").get("messages_and_reminders").toString();
        String dans = json(dan.runs("privacy export")).get("messages_and_reminders").toString();
        assertThat(beas + dans).doesNotContain(String.valueOf(cora.id()));
        assertThat(dans).contains("“Sunrise Clinic”, from a former member");
        // AND bea's morning DMs say a former member did it, and to ask a coordinator, never naming or mentioning cora
        bot.advance(java.time.Duration.ofHours(9));
        List<String> dms = bot.messenger().directTo(bea.id()).stream().map(s -> s.reply().plainText()).toList();
        assertThat(dms).hasSize(2);
        assertThat(dms.get(0)).contains("Just so you know: a former member archived “Grace Church”, which you look "
                + "after", "bring it back with `/partner restore partner:\"Grace Church\"`, or ask a coordinator.");
        assertThat(dms.get(1)).contains("Just so you know: a former member handed “Sunrise Clinic”, which you looked "
                + "after, to <@" + dan.id() + ">, so its check-in reminders go to them now. If that was a mistake, "
                + "ask a coordinator.");
        assertThat(String.join("\n", dms)).doesNotContain(String.valueOf(cora.id()), "talk to");
        assertThat(bot.messenger().directTo(bea.id()).stream().flatMap(s -> s.reply().mentionUsers().stream()))
                .doesNotContain(cora.id());
    }

    @Test
    @DisplayName("export: a reminder names its partner as /reminders list does (\"Abraham Lincoln Academy (was Lincoln "
            + "High)\", \"(no longer on the outreach list)\"), and one held for her quiet hours says when it comes")
    void exportNamesRemindersAsTheListDoes() throws Exception {
        // GIVEN bea lives in Tokyo and, at midnight there, sets reminders about two partners for two days on: both
        // fall in her quiet hours
        Member bea = bot.member("bea");
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        bea.runs("partner add", "name", "Lincoln High", "sector", "education");
        bea.runs("partner add", "name", "Sunrise Clinic", "sector", "health-care");
        bea.runs("remind", "when", "in 2 days", "what", "Call the principal", "partner", "Lincoln High");
        bea.runs("remind", "when", "in 2 days", "what", "Call the nurse", "partner", "Sunrise Clinic");
        // AND one partner was renamed since, and the other deleted
        bea.runs("partner edit", "partner", "Lincoln High", "name", "Abraham Lincoln Academy");
        bea.runs("partner delete", "partner", "Sunrise Clinic");
        bea.presses("Delete for good");
        String listed = bea.runs("reminders list").plainText();
        assertThat(listed).contains("Call the principal · Abraham Lincoln Academy (was Lincoln High)",
                "Call the nurse · Sunrise Clinic (no longer on the outreach list)", "after quiet hours");

        // WHEN she exports her data
        JsonNode messages = json(bea.runs("privacy export"), "2026-03-03").get("messages_and_reminders");

        // THEN each reminder names its partner as her list does, asked for at midnight, coming at 08:00 her time
        List<String> read = new java.util.ArrayList<>();
        messages.forEach(m -> read.add(m.get("about").asText() + " | " + m.get("requested_at").asText() + " | "
                + m.get("due_at").asText()));
        assertThat(read).containsExactly(
                "Call the principal · Abraham Lincoln Academy (was Lincoln High) | 2026-03-05 00:00 | 2026-03-05 08:00",
                "Call the nurse · Sunrise Clinic (no longer on the outreach list) | 2026-03-05 00:00 | 2026-03-05 08:00");
        // AND nothing is left empty
        assertThat(messages.toString()).doesNotContain("null", "\"\"");
    }

    @Test
    @DisplayName("export: the quick pulse asked just after midnight on Bea's clock in Tokyo reads as asked that day, "
            + "the day its time says, not the day before in UTC")
    void trustPulseDayOnHerClock() throws Exception {
        // GIVEN Bea, in Tokyo, logs a contact on Monday 2 March at 15:00 UTC (00:00 on Tuesday 3 March in Tokyo), and
        // the quick pulse follows
        Member bea = bot.member("bea");
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        assertThat(bea.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director")
                .plainText()).contains("Quick pulse");

        // WHEN she exports her data
        Reply export = bea.runs("privacy export");
        assertThat(export.files().get(0).fileName()).isEqualTo("partner-coach-my-data-2026-03-03.json");
        JsonNode asked = new ObjectMapper().readTree(new String(export.files().get(0).bytes(), StandardCharsets.UTF_8))
                .get("partnership_health").get("questions_asked").get(0);

        // THEN the question's day is the day of its time, on her clock
        assertThat(asked.get("asked_at").asText()).isEqualTo("2026-03-03 00:00");
        assertThat(asked.get("period").asText()).isEqualTo("3 Mar 2026");
    }

    @Test
    @DisplayName("a partner a member deleted is in her export, and after forget its deletion is told as by a former "
            + "member, her id gone from the record")
    void deletionsInExportAndForget() throws Exception {
        // GIVEN Bea deleted a partner she had added (and renamed once: its former name is kept with the deletion)
        Member bea = bot.member("bea");
        Member ana = bot.member("ana");
        bea.runs("partner add", "name", "Sunrise Health", "sector", "health-care");
        bea.runs("partner edit", "partner", "Sunrise Health", "name", "Sunrise Clinic");
        bea.runs("partner delete", "partner", "Sunrise Clinic");
        bea.presses("Delete for good");

        // WHEN she exports her data THEN the deletion is listed once, by its last name, with its time in words
        JsonNode deleted = json(bea.runs("privacy export")).get("partners").get("deleted");
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).get("name").asText()).isEqualTo("Sunrise Clinic");
        assertThat(deleted.get(0).get("deleted_at").asText()).isEqualTo("2026-03-02 15:00");
        assertThat(json(ana.runs("privacy export")).get("partners").get("deleted")).isEmpty();

        // WHEN she asks to be forgotten THEN the deletion stays for the coalition, by a former member
        bea.runs("privacy forget");
        bea.presses("Delete my data");
        assertThat(ana.runs("partner show", "partner", "Sunrise Clinic").text())
                .contains("was deleted from the list on").contains("by a former member.")
                .doesNotContain("<@" + bea.id() + ">");
        assertThat(json(bea.runs("privacy export")).get("partners").get("deleted")).isEmpty();
        assertThat(bot.storedRows().<java.util.Optional<Integer>>read(c -> Database.one(c,
                "SELECT COUNT(*) FROM partner_deletions WHERE deleted_by = ?", rs -> rs.getInt(1), bea.id())))
                .contains(0);
    }
}

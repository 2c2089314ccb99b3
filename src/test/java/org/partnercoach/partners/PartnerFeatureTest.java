package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/partner: the coalition's outreach list")
class PartnerFeatureTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    private PartnerDirectory directory() {
        return PartnersTestSupport.directory(bot);
    }

    private Partner partner(String name) {
        return PartnersTestSupport.partner(bot, TestBot.GUILD, name);
    }

    @Nested
    @DisplayName("add")
    class Add {

        @Test
        @DisplayName("a member adds a partner: it starts in researching, owned by them")
        void adds() {
            Reply reply = ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food",
                    "contact", "Maria, volunteer lead", "notes", "Runs a Saturday pantry");

            assertThat(reply.plainText()).contains("Added “Eastside Food Bank” (Food and nutrition)")
                    .contains("researching");
            assertThat(reply.buttons()).extracting(b -> b.label()).contains("Coach me on this partner");
            Partner p = partner("Eastside Food Bank");
            assertThat(p.stage()).isEqualTo(Stage.RESEARCHING);
            assertThat(p.ownerId()).isEqualTo(ana.id());
            assertThat(p.contact()).isEqualTo("Maria, volunteer lead");
            assertThat(p.notes()).isEqualTo("Runs a Saturday pantry");
            assertThat(p.cadenceDays()).isNull();
            assertThat(p.lastTouchAt()).isNull();
        }

        @Test
        @DisplayName("a duplicate name, in another case and with spaces, is refused with a pointer to the first")
        void refusesDuplicates() {
            ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

            Reply reply = bea.runs("partner add", "name", "  eastside   FOOD bank ", "sector", "faith");

            assertThat(reply.plainText()).contains("“Eastside Food Bank” is already on the list")
                    .contains("/partner show");
            assertThat(directory().activePartners(TestBot.GUILD)).hasSize(1);
        }

        @Test
        @DisplayName("a missing or unknown sector, an empty name and over-long texts are refused clearly")
        void refusesBadInput() {
            assertThat(ana.runs("partner add", "name", "X", "sector", "pizza").plainText())
                    .contains("I don't know the sector “pizza”").contains("food").doesNotContain("Did you mean");
            assertThat(ana.runs("partner add", "name", "X", "sector", "health").plainText())
                    .contains("I don't know the sector “health”. Did you mean public-health (Public health), "
                            + "health-care (Health care) or mental-health (Mental health)? Run the command again "
                            + "with one of: public-health");
            assertThat(ana.runs("partner add", "name", "X", "sector", "**x** @everyone").plainText())
                    .contains("“\\*\\*x\\*\\* @everyone”");
            assertThat(ana.runs("partner add", "name", "   ", "sector", "food").plainText())
                    .contains("A partner needs a name");
            assertThat(ana.runs("partner add", "name", "x".repeat(10_000), "sector", "food").plainText())
                    .contains("That name is 10,000 characters long").contains("at most 100");
            assertThat(ana.runs("partner add", "name", "Ok", "sector", "food", "notes", "n".repeat(1001))
                    .plainText()).contains("What you gave for `notes` is 1,001 characters long").contains("1,000");
            assertThat(ana.runs("partner add", "name", "Ok", "sector", "food", "contact", "c".repeat(201))
                    .plainText()).contains("What you gave for `contact` is 201 characters long");

            assertThat(directory().activePartners(TestBot.GUILD)).isEmpty();
        }

        @Test
        @DisplayName("a name or a note too long because of its emoji says that an emoji counts as two, with the count "
                + "the member made")
        void emojiCountAsTwo() {
            assertThat(ana.runs("partner add", "name", "🌮".repeat(60), "sector", "food").plainText())
                    .contains("That name is 120 characters long (an emoji counts as two here: your 60 characters "
                            + "count as 120); a partner's name can be at most 100.");
            assertThat(ana.runs("partner add", "name", "Ok", "sector", "food", "notes", "🍎".repeat(600)).plainText())
                    .contains("What you gave for `notes` is 1,200 characters long (an emoji counts as two here: "
                            + "your 600 characters count as 1,200); the most I can keep is 1,000.");
            // without emoji, nothing is added to the count
            assertThat(ana.runs("partner add", "name", "x".repeat(101), "sector", "food").plainText())
                    .contains("That name is 101 characters long; a partner's name");

            assertThat(directory().activePartners(TestBot.GUILD)).isEmpty();
        }

        @Test
        @DisplayName("names of exactly 100 characters, emoji, SQL and an @ among words are kept as written, pinging "
                + "nobody")
        void keepsOddNamesVerbatim() {
            String sql = "Robert'); DROP TABLE partners;--";
            Reply at = ana.runs("partner add", "name", "@everyone Media Co-op", "sector", "media");
            ana.runs("partner add", "name", sql, "sector", "community");
            ana.runs("partner add", "name", "Café 🌮 Tacos", "sector", "business");
            ana.runs("partner add", "name", "y".repeat(100), "sector", "arts");

            assertThat(at.mentionUsers()).isEmpty();
            assertThat(directory().activePartners(TestBot.GUILD)).extracting(Partner::name)
                    .containsExactlyInAnyOrder("@everyone Media Co-op", sql, "Café 🌮 Tacos", "y".repeat(100));
            assertThat(ana.runs("partner show", "partner", "café 🌮 tacos").plainText()).contains("Business");
        }

        @Test
        @DisplayName("a name of punctuation or emoji alone (“...”, “🍎”) is refused kindly, saying it needs a letter or "
                + "number and what to type; nothing is added")
        void nameNeedsALetterOrDigit() {
            for (String name : new String[] {"...", "🍎", "🍎🍎", "?!", "— * —"}) {
                assertThat(ana.runs("partner add", "name", name, "sector", "food").plainText()).as(name)
                        .contains("has no letter or number, and a partner's name needs one so members can find it "
                                + "by typing. Use the organization's name, for example `name:\"Eastside Food Bank\"`; "
                                + "an emoji can go with it (`🍎 Eastside Food Bank`). Nothing was changed.")
                        .doesNotContain("Added");
            }
            assertThat(directory().activePartners(TestBot.GUILD)).isEmpty();

            // AND a name with one letter or digit among them is fine
            assertThat(ana.runs("partner add", "name", "🍎 Apple Co-op", "sector", "food").plainText())
                    .contains("Added “🍎 Apple Co-op”");
            assertThat(ana.runs("partner add", "name", "211", "sector", "community").plainText())
                    .contains("Added “211”");
        }

        @Test
        @DisplayName("a name that only mentions people (@everyone, @here, a member, a role), or mentions with a letter "
                + "beside, is refused: a partner's name is the organization's name, and the reply says what to type; "
                + "nothing is added, and “Food @ Home” is still fine")
        void nameOfMentionsRefused() {
            for (String name : List.of("@everyone", "@here", "<@" + bea.id() + ">", "<@&456> <#789>",
                    "@everyone @here", "@everyone a", "<@" + bea.id() + "> x")) {
                // WHEN Ana adds a partner whose name only calls people in
                Reply refused = ana.runs("partner add", "name", name, "sector", "food");

                // THEN she reads that a partner's name is the organization's, with an example, and nothing is added
                assertThat(refused.plainText()).as(name)
                        .contains("only mentions people", "a partner's name is the organization's name",
                                "`name:\"Eastside Food Bank\"`", "Nothing was changed.")
                        .doesNotContain("Added");
                assertThat(refused.mentionUsers()).as(name).isEmpty();
            }
            assertThat(directory().activePartners(TestBot.GUILD)).isEmpty();

            // AND a rename to mentions alone is refused the same way, the name kept
            ana.runs("partner add", "name", "Food @ Home", "sector", "food");
            assertThat(ana.runs("partner edit", "partner", "Food @ Home", "name", "@everyone").plainText())
                    .contains("a partner's name is the organization's name", "Nothing was changed.");
            assertThat(directory().activePartners(TestBot.GUILD)).extracting(Partner::name)
                    .containsExactly("Food @ Home");
        }
    }

    @Nested
    @DisplayName("list")
    class ListPartners {

        @Test
        @DisplayName("shows partners newest activity first, ten to a page, with Next and Previous")
        void pages() {
            for (int i = 1; i <= 12; i++) {
                ana.runs("partner add", "name", "Org " + i, "sector", "community");
                bot.clock().advance(Duration.ofMinutes(1));
            }
            ana.runs("partner log", "partner", "Org 1", "what", "Coffee with the director");

            Reply first = ana.runs("partner list");
            assertThat(first.plainText()).contains("Page 1 of 2").contains("12 partners");
            assertThat(first.plainText().indexOf("Org 1**")).isLessThan(first.plainText().indexOf("Org 12"));
            assertThat(first.plainText()).doesNotContain("Org 2**");

            Reply second = ana.presses("Next ▶");
            assertThat(second.update()).isTrue();
            assertThat(second.plainText()).contains("Page 2 of 2").contains("Org 2**").contains("Org 3**");
            assertThat(ana.presses("◀ Previous").plainText()).contains("Page 1 of 2");
        }

        @Test
        @DisplayName("Next on a page the list has since lost shows its last page")
        void nextPastTheEnd() {
            for (int i = 1; i <= 11; i++) {
                ana.runs("partner add", "name", "Org " + i, "sector", "community");
                bot.clock().advance(Duration.ofMinutes(1));
            }
            Reply list = ana.runs("partner list");
            assertThat(list.plainText()).contains("Page 1 of 2");
            org.partnercoach.chat.CustomId nextPage = list.buttons().stream()
                    .filter(b -> b.label().equals("Next ▶")).findFirst().orElseThrow().id();
            ana.runs("partner archive", "partner", "Org 1");

            Reply next = ana.pressesId(nextPage);

            assertThat(next.plainText()).contains("Page 1 of 1").contains("10 partners").contains("Org 11**")
                    .contains("Org 2**").doesNotContain("Org 1**");
        }

        @Test
        @DisplayName("filters by stage, sector and mine; moved-on partners only when asked")
        void filters() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            bea.runs("partner add", "name", "Grace Church", "sector", "faith");
            bea.runs("partner add", "name", "Old Mill", "sector", "business");
            bea.runs("partner stage", "partner", "Grace Church", "stage", "cultivating");
            bea.runs("partner archive", "partner", "Old Mill");

            // the list says where the moved-on ones are, so that an archived partner is not taken for lost
            assertThat(ana.runs("partner list").plainText()).contains("Food Bank", "Grace Church")
                    .doesNotContain("Old Mill").endsWith("· moved-on ones: /partner list stage:moved-on");
            assertThat(ana.runs("partner list", "stage", "cultivating").plainText()).doesNotContain("moved-on ones");
            assertThat(ana.runs("partner list", "sector", "faith").plainText()).contains("Grace Church")
                    .doesNotContain("Food Bank");
            assertThat(ana.runs("partner list", "stage", "cultivating").plainText()).contains("Grace Church")
                    .doesNotContain("Food Bank");
            assertThat(ana.runs("partner list", "mine", "true").plainText()).contains("Food Bank")
                    .doesNotContain("Grace Church");
            assertThat(ana.runs("partner list", "stage", "moved-on").plainText()).contains("Old Mill");
            assertThat(ana.runs("partner list", "stage", "asking").plainText()).startsWith("No partners in asking yet.");
            assertThat(ana.runs("partner list", "stage", "sleeping").plainText()).contains("Pick a stage");
        }

        @Test
        @DisplayName("an empty list says how to add the first partner, and its menu opens one")
        void emptyAndOpen() {
            assertThat(ana.runs("partner list").plainText()).contains("empty").contains("/partner add");
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            ana.runs("partner list");
            assertThat(ana.picks(String.valueOf(partner("Food Bank").id())).plainText())
                    .contains("Food Bank").contains("Stage: Researching");
        }

        @Test
        @DisplayName("a list whose partners have all moved on says where they are, not that it is empty")
        void allMovedOn() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            ana.runs("partner archive", "partner", "Food Bank", "reason", "They closed");

            assertThat(bea.runs("partner list").plainText()).isEqualTo("No partners on the outreach list right now:"
                    + " the coalition has moved on from the one it had. See it with `/partner list stage:moved-on`"
                    + " (`/partner restore` brings one back), or add a new organization with `/partner add`.");
            ana.runs("partner add", "name", "Grace Church", "sector", "faith");
            ana.runs("partner archive", "partner", "Grace Church");
            assertThat(bea.runs("partner list").plainText()).contains("moved on from all 2 it had. See them with");
            assertThat(bea.runs("partner list", "stage", "moved-on").plainText()).contains("Food Bank", "Grace Church");
            // a filter that matches nothing still says so
            assertThat(bea.runs("partner list", "sector", "youth").plainText()).startsWith("No partners in Youth yet.");
        }

        @Test
        @DisplayName("a filter that matches nothing says so in plain words, with what to do next")
        void emptyFilteredListsReadNaturally() {
            // GIVEN one partner, Food Bank, researching, added by ana
            ana.runs("partner add", "name", "Food Bank", "sector", "food");

            // WHEN bea filters to what has none THEN each reply reads as a sentence and says what to do next
            assertThat(bea.runs("partner list", "stage", "moved-on").plainText()).isEqualTo("No partner has been "
                    + "moved on from. When the coalition moves on from one, `/partner archive` keeps it here with its "
                    + "history. See the current list with `/partner list`.");
            assertThat(bea.runs("partner list", "stage", "cultivating", "sector", "food").plainText())
                    .isEqualTo("No partners in cultivating in Food and nutrition yet. When one gets that far, move it "
                            + "there with `/partner stage`. See all of Food and nutrition with "
                            + "`/partner list sector:food`.");
            assertThat(bea.runs("partner list", "stage", "asking").plainText()).isEqualTo("No partners in asking "
                    + "yet. When one gets that far, move it there with `/partner stage`. See the whole list with "
                    + "`/partner list`.");
            assertThat(bea.runs("partner list", "sector", "youth").plainText()).isEqualTo("No partners in Youth yet. "
                    + "Add the first with `/partner add`, picking Youth as its sector, or see the whole list with "
                    + "`/partner list`.");
            assertThat(bea.runs("partner list", "mine", "true").plainText()).isEqualTo("You don't look after any "
                    + "partner yet. See the whole list with `/partner list`; when one is handed to you with "
                    + "`/partner owner`, it shows here.");
            assertThat(bea.runs("partner list", "stage", "moved-on", "mine", "true").plainText())
                    .startsWith("None of the partners you look after has been moved on from.");
            assertThat(bea.runs("partner list", "stage", "moved-on").plainText()).doesNotContain("match");
        }
    }

    @Nested
    @DisplayName("show")
    class Show {

        @Test
        @DisplayName("a partner the coalition moved on from offers no introduction to ask for; back on the list, it does")
        void movedOnOffersNoIntroduction() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            ana.runs("partner archive", "partner", "Food Bank", "reason", "They closed");

            assertThat(bea.runs("partner show", "partner", "Food Bank").buttons()).extracting(b -> b.label())
                    .containsExactly("Coach me on this partner", "I know someone there");
            ana.runs("partner restore", "partner", "Food Bank");
            assertThat(bea.runs("partner show", "partner", "Food Bank").buttons()).extracting(b -> b.label())
                    .contains("Ask for an introduction");
        }

        @Test
        @DisplayName("an introduction is offered while the coalition is still trying to reach them (researching, "
                + "connecting); once cultivating, asking or partnered, the page offers none")
        void introductionOnlyWhileReachingThem() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            assertThat(bea.runs("partner show", "partner", "Food Bank").buttons()).extracting(b -> b.label())
                    .contains("Ask for an introduction");
            ana.runs("partner stage", "partner", "Food Bank", "stage", "connecting");
            assertThat(bea.runs("partner show", "partner", "Food Bank").buttons()).extracting(b -> b.label())
                    .contains("Ask for an introduction");

            for (String stage : List.of("cultivating", "asking", "partnered")) {
                ana.runs("partner stage", "partner", "Food Bank", "stage", stage);
                assertThat(bea.runs("partner show", "partner", "Food Bank").buttons()).as(stage)
                        .extracting(b -> b.label()).containsExactly("Coach me on this partner", "I know someone there");
            }
        }

        @Test
        @DisplayName("one page: sector, stage, owner, contact, last touchpoint, cadence, who knows someone")
        void showsEverything() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food", "contact", "Maria");
            ana.runs("partner edit", "partner", "Food Bank", "cadence", "14");
            bea.runs("partner know", "partner", "Food Bank");
            bot.clock().advance(Duration.ofDays(3));
            ana.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "call",
                    "when", "yesterday");

            String page = bea.runs("partner show", "partner", "food bank").plainText();

            assertThat(page).contains("Sector: Food and nutrition", "Stage: Researching",
                    "Owner: <@" + ana.id() + ">", "Contact: Maria", "Reminders: every 14 days without contact",
                    "Knows someone there: <@" + bea.id() + ">", "Called Maria", "yesterday", "Call by <@");
        }

        @Test
        @DisplayName("an unknown partner gets a friendly answer with close matches")
        void unknown() {
            ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

            assertThat(ana.runs("partner show", "partner", "Eastside Food Bnak").plainText())
                    .contains("I can't find a partner called “Eastside Food Bnak”")
                    .contains("Did you mean “Eastside Food Bank”?");
            assertThat(ana.runs("partner show", "partner", "Zebra").plainText())
                    .contains("I can't find a partner called “Zebra”").contains("/partner list");
            assertThat(ana.runs("partner show", "partner", "z".repeat(10_000)).plainText())
                    .contains("I can't find a partner called");
        }
    }

    @Nested
    @DisplayName("stage, edit, log")
    class Changes {

        @Test
        @DisplayName("edit cadence: says when the next reminder comes, in the very words /partner cadence uses")
        void editCadenceSaysWhenTheNextReminderComes() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            java.time.Instant due = partner("Food Bank").createdAt().plus(Duration.ofDays(30));

            Reply edited = ana.runs("partner edit", "partner", "Food Bank", "cadence", "30");

            assertThat(edited.text()).startsWith("Saved the changes to “Food Bank”. It may go 30 days without "
                    + "contact before a reminder. Reminders: every 30 days without contact · the next check-in is "
                    + "due <t:" + due.getEpochSecond() + ":f>");
            assertThat(edited.buttons()).extracting(b -> b.label()).containsExactly("Coach me on this partner");
            assertThat(partner("Food Bank").cadenceDays()).isEqualTo(30);
            String cadence = ana.runs("partner cadence", "partner", "Food Bank", "days", "30").text();
            assertThat(edited.text().substring(edited.text().indexOf("may go")))
                    .isEqualTo(cadence.substring(cadence.indexOf("may go")));
            // a change without a cadence says what was saved
            assertThat(ana.runs("partner edit", "partner", "Food Bank", "contact", "Maria").text())
                    .isEqualTo("Saved the changes to “Food Bank”. Contact: Maria.");
        }

        @Test
        @DisplayName("edit says what it changed: the sector with what it was, the contact, notes updated or cleared")
        void editSaysWhatChanged() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food", "contact", "Maria", "notes", "Pantry");

            assertThat(ana.runs("partner edit", "partner", "Food Bank", "sector", "youth", "contact", "-").text())
                    .isEqualTo("Saved the changes to “Food Bank”. Sector: Youth (was Food and nutrition) · contact "
                            + "cleared.");
            assertThat(ana.runs("partner edit", "partner", "Food Bank", "notes", "Summer meals").text())
                    .isEqualTo("Saved the changes to “Food Bank”. Notes: updated (`/partner show` has them).");
            assertThat(ana.runs("partner edit", "partner", "Food Bank", "notes", "-", "contact",
                    "Maria Lopez, maria@example.org, 555-0100, ask for her at the front desk on weekdays").text())
                    .isEqualTo("Saved the changes to “Food Bank”. Contact: Maria Lopez, maria@example.org, 555-0100, "
                            + "ask for her at th… · notes cleared.");
            // a rename says it in its own words, and nothing else changed says nothing more
            assertThat(ana.runs("partner edit", "partner", "Food Bank", "name", "Eastside Food Bank").text())
                    .startsWith("Saved the changes to “Eastside Food Bank”. Anyone who types its old name")
                    .doesNotContain("Sector:", "Contact:", "Notes:");
        }

        @Test
        @DisplayName("moving a partner to the stage it is in says nothing changed, and offers that stage's tip all the "
                + "same, with how to record news")
        void stageAlreadyThere() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            bea.runs("partner stage", "partner", "Food Bank", "stage", "connecting");

            Reply again = bea.runs("partner stage", "partner", "Food Bank", "stage", "connecting");

            assertThat(again.plainText()).isEqualTo("“Food Bank” is already in the connecting stage, so nothing "
                    + "changed. Tip 2, *Get connected*, helps with this stage, and `/partner log` records each contact.");
            assertThat(bea.presses("Open tip 2 for this partner").plainText())
                    .contains("Tip 2 of 5 · Get connected — Food Bank");
        }

        @Test
        @DisplayName("moving a stage records it and offers that stage's tip for this partner")
        void stage() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");

            Reply reply = bea.runs("partner stage", "partner", "Food Bank", "stage", "connecting");

            assertThat(reply.plainText()).contains("Moved “Food Bank” from researching to connecting")
                    .contains("Tip 2, *Get connected*");
            assertThat(partner("Food Bank").stage()).isEqualTo(Stage.CONNECTING);
            Reply tip = bea.presses("Open tip 2 for this partner");
            assertThat(tip.plainText()).contains("Tip 2 of 5 · Get connected — Food Bank")
                    .contains("Who is the changemaker at Food Bank?");

            assertThat(bea.runs("partner stage", "partner", "Food Bank", "stage", "connecting").plainText())
                    .contains("already in the connecting stage");
            assertThat(bea.runs("partner stage", "partner", "Food Bank", "stage", "moved-on").plainText())
                    .contains("/partner archive");
            assertThat(bea.runs("partner stage", "partner", "Food Bank", "stage", "partnered").plainText())
                    .contains("at the table");
        }

        @Test
        @DisplayName("edit renames (still unique), changes sector, clears notes with -, sets and resets cadence")
        void edit() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food", "notes", "old note");
            ana.runs("partner add", "name", "Grace Church", "sector", "faith");

            // a name another partner has: the reply says it is a rename refused, and that nothing in it was saved
            assertThat(bea.runs("partner edit", "partner", "Food Bank", "name", "grace church", "notes", "new note")
                    .plainText()).isEqualTo("Another partner on the list is already called “Grace Church” (Faith "
                    + "communities, researching), so I left “Food Bank” as it was: nothing was changed. Pick another "
                    + "name, or see that one with `/partner show partner:\"Grace Church\"`.");
            assertThat(partner("Food Bank").notes()).isEqualTo("old note");
            assertThat(bea.runs("partner edit", "partner", "Food Bank").plainText()).contains("Tell me what to change");
            // a blank name or one without a letter is refused as a name, not taken as "nothing to change"
            assertThat(bea.runs("partner edit", "partner", "Food Bank", "name", "   ").plainText())
                    .isEqualTo("A partner needs a name, and a blank one can't be found on the list. Type it, for "
                            + "example `name:\"Eastside Food Bank\"`. Nothing was changed.");
            assertThat(bea.runs("partner edit", "partner", "Food Bank", "name", "🍎", "notes", "new note").plainText())
                    .startsWith("“🍎” has no letter or number").endsWith("Nothing was changed.");
            assertThat(partner("Food Bank").notes()).isEqualTo("old note");
            assertThat(bea.runs("partner edit", "partner", "Food Bank", "cadence", "999").plainText())
                    .contains("1 to 365");

            bea.runs("partner edit", "partner", "Food Bank", "name", "Eastside Food Bank", "sector", "health-care",
                    "notes", "-", "cadence", "30");
            Partner p = partner("Eastside Food Bank");
            assertThat(p.sector()).isEqualTo("health-care");
            assertThat(p.notes()).isNull();
            assertThat(p.cadenceDays()).isEqualTo(30);

            bea.runs("partner edit", "partner", "eastside food bank", "cadence", "0");
            assertThat(partner("Eastside Food Bank").cadenceDays()).isNull();
            bea.runs("partner edit", "partner", "eastside food bank", "name", "EASTSIDE FOOD BANK");
            assertThat(partner("EASTSIDE FOOD BANK").id()).isEqualTo(p.id());
        }

        @Test
        @DisplayName("an edit that gives every value as it already is says nothing changed, writes nothing and keeps "
                + "the partner where it was in the list")
        void editToTheSameValues() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food", "contact", "Maria");
            ana.runs("partner add", "name", "Grace Church", "sector", "faith");
            java.time.Instant activity = partner("Food Bank").activityAt();
            bot.advance(java.time.Duration.ofHours(1));

            // the same name, sector and contact, and notes cleared when there are none
            for (String[] same : new String[][] {{"name", "Food Bank"}, {"sector", "food"}, {"contact", "Maria"},
                {"notes", "-"}}) {
                assertThat(bea.runs("partner edit", "partner", "Food Bank", same[0], same[1]).plainText())
                        .as(same[0]).isEqualTo("“Food Bank” already reads that way, so nothing changed. `/partner "
                                + "show` has its details; give `/partner edit` the new value of what you want to change.");
            }
            assertThat(partner("Food Bank").activityAt()).isEqualTo(activity);
            assertThat(ana.runs("partner list").plainText().indexOf("Grace Church"))
                    .isLessThan(ana.runs("partner list").plainText().indexOf("Food Bank"));
            // a change of case is a change
            assertThat(bea.runs("partner edit", "partner", "Food Bank", "name", "FOOD BANK").plainText())
                    .startsWith("Saved the changes to “FOOD BANK”.");
        }

        @Test
        @DisplayName("a contact logged after a later one of the same day says its reminders still count from that one")
        void earlierTheSameDay() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            bea.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "call");
            bot.clock().advance(Duration.ofMinutes(5));

            Reply earlier = bea.runs("partner log", "partner", "Food Bank", "what", "Emailed the pantry", "kind",
                    "email", "when", "30 minutes ago");

            assertThat(earlier.plainText()).isEqualTo("Logged an email with “Food Bank” on Mar 2, 2026. A later "
                    + "contact is already on record (later that day), so its reminders still count from that one.");
            Partner p = partner("Food Bank");
            assertThat(p.lastTouchNote()).isEqualTo("Called Maria");
            assertThat(p.lastTouchAt()).isEqualTo(TestBot.START);
            assertThat(directory().recentTouchpoints(TestBot.GUILD, p.id(), 10)).extracting(Touchpoint::note)
                    .containsExactly("Called Maria", "Emailed the pantry");
        }

        @Test
        @DisplayName("log records a touchpoint and moves the last-touch time; past days count, the future is refused")
        void log() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");

            Reply reply = bea.runs("partner log", "partner", "Food Bank", "what", "Met at the farmers market",
                    "kind", "event", "when", "2026-02-27");

            assertThat(reply.plainText()).contains("Logged an event with “Food Bank” on Feb 27, 2026")
                    .contains("Its reminders now count from this contact", "the next check-in is due");
            Partner p = partner("Food Bank");
            assertThat(p.lastTouchAt()).isEqualTo(java.time.Instant.parse("2026-02-27T12:00:00Z"));
            assertThat(p.lastTouchNote()).isEqualTo("Met at the farmers market");

            bea.runs("partner log", "partner", "Food Bank", "what", "Older news", "when", "10 days ago");
            assertThat(partner("Food Bank").lastTouchNote()).isEqualTo("Met at the farmers market");
            assertThat(bea.lastSeen().plainText()).contains("A later contact is already on record (Feb 27, 2026)")
                    .doesNotContain("now count from this contact");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Old", "when", "1970-01-01")
                    .plainText()).contains("more than 5 years ago", "from 2021-03-02 to today (2026-03-02)");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Old", "when", "20000 days ago")
                    .plainText()).contains("more than 5 years ago");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Later", "when", "2026-03-03")
                    .plainText()).contains("2026-03-03 is still to come", "from 2021-03-02 to today");

            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Later", "when", "2099-01-01")
                    .plainText()).contains("still to come");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "x", "when", "someday")
                    .plainText()).contains("couldn't read “someday”");
            // a day said in words: "tomorrow" is still to come, "10 years ago" too long ago
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "x", "when", "tomorrow")
                    .plainText()).contains("2026-03-03 is still to come");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "x", "when", "10 years ago")
                    .plainText()).contains("2016-03-02 is more than 5 years ago");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "x", "kind", "fax").plainText())
                    .contains("meeting, call, email, intro, event or note");
            // the option she typed it in is named, as /partner log calls it
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "w".repeat(10_000)).plainText())
                    .startsWith("What you gave for `what` is 10,000 characters long; the most I can keep is 1,000.");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", " ").plainText())
                    .contains("a few words");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, p.id(), 10)).hasSize(2);
        }

        @Test
        @DisplayName("GIVEN a partner on the list WHEN bea logs a touchpoint whose note is only an emoji or "
                + "punctuation, or only mentions (@everyone, a member, a role) THEN it is refused kindly, saying what "
                + "to type instead; nothing is logged, and words with an emoji or a mention among them are kept")
        void logNeedsWordsOfItsOwn() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            long id = partner("Food Bank").id();

            for (String note : new String[] {"🍎", "🍎🍎", "...", "1️⃣", "— * —"}) {
                assertThat(bea.runs("partner log", "partner", "Food Bank", "what", note).plainText()).as(note)
                        .isEqualTo("“" + note.replace("*", "\\*") + "” has no letter or number, and a touchpoint's "
                                + "note needs words so the coalition can read later what happened: nothing was "
                                + "logged. Log it again with what happened, for example `what:\"Coffee with their "
                                + "volunteer lead\"`; an emoji can go with the words (“Lunch 🍎 with the director”).");
            }
            for (String note : new String[] {"@everyone", "@here", "<@" + ana.id() + ">", "<@&42>",
                    "@everyone <@" + ana.id() + ">", "@everyone a"}) {
                Reply refused = bea.runs("partner log", "partner", "Food Bank", "what", note);
                assertThat(refused.plainText()).as(note).startsWith("“").contains("” only mentions people (such as "
                        + "@everyone or a member), and a touchpoint's note says what happened with the partner: "
                        + "nothing was logged. Log it again with what happened, for example `what:\"Coffee with "
                        + "their volunteer lead\"`; a member you met can be named among the words.");
                assertThat(refused.mentionUsers()).as(note).isEmpty();
            }
            assertThat(directory().recentTouchpoints(TestBot.GUILD, id, 10)).isEmpty();
            assertThat(partner("Food Bank").lastTouchAt()).isNull();

            // AND words with an emoji or a mention among them are a note like any other
            bea.runs("partner log", "partner", "Food Bank", "what", "Lunch 🍎 with the director");
            bea.runs("partner log", "partner", "Food Bank", "what", "Met <@" + ana.id() + "> at the pantry");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, id, 10)).extracting(Touchpoint::note)
                    .containsExactlyInAnyOrder("Lunch 🍎 with the director", "Met <@" + ana.id() + "> at the pantry");
        }

        @Test
        @DisplayName("GIVEN a partner on the list WHEN bea logs a touchpoint whose note is only characters that show "
                + "as nothing (a Hangul filler, a zero-width space, a right-to-left override) THEN it is refused as "
                + "an empty note is; beside words they are kept as typed")
        void logOfHiddenCharactersAloneRefused() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            long id = partner("Food Bank").id();
            String emptyReply = bea.runs("partner log", "partner", "Food Bank", "what", " ").plainText();
            assertThat(emptyReply).startsWith("Tell me a few words about the touchpoint: nothing was logged.");

            // WHEN each note shows as nothing THEN she reads what an empty one gets, and nothing is logged
            for (String note : new String[] {"\u3164", "\uFFA0\u3164", "\u200B", "\u202E\u3164\u2069"}) {
                assertThat(bea.runs("partner log", "partner", "Food Bank", "what", note).plainText()).as(note)
                        .isEqualTo(emptyReply);
            }
            assertThat(directory().recentTouchpoints(TestBot.GUILD, id, 10)).isEmpty();

            // AND words with a filler among them are a note like any other
            bea.runs("partner log", "partner", "Food Bank", "what", "Call\u3164 with the director");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, id, 10)).extracting(Touchpoint::note)
                    .containsExactly("Call\u3164 with the director");
        }

        @Test
        @DisplayName("the same contact logged again minutes later is kept once, and the member is told so; another "
                + "member's, other words or another day are new contacts")
        void logKeepsARepeatOnce() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            bea.runs("partner log", "partner", "Food Bank", "what", "Met at the farmers market", "when", "2026-02-27");
            bot.clock().advance(Duration.ofMinutes(3));

            Reply again = bea.runs("partner log", "partner", "Food Bank", "what", "Met at the farmers market",
                    "when", "3 days ago");

            assertThat(again.plainText()).isEqualTo("You've already logged a note with “Food Bank” on Feb 27, 2026 in"
                    + " those words, so I kept the one entry. If it was another contact, log it again with a few words"
                    + " that tell the two apart.");
            Partner p = partner("Food Bank");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, p.id(), 10)).hasSize(1);
            // today's contact sent twice: the second a few minutes after the first
            bea.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "call");
            bot.clock().advance(Duration.ofMinutes(4));
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "call")
                    .plainText()).startsWith("You've already logged a call with “Food Bank”");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, p.id(), 10)).hasSize(2);

            // new contacts all: another member's, other words, another kind, another day, the same words later on
            assertThat(ana.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "call")
                    .plainText()).startsWith("Logged a call");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Called Maria again", "kind", "call")
                    .plainText()).startsWith("Logged a call");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "email")
                    .plainText()).startsWith("Logged an email");
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Met at the farmers market",
                    "when", "2026-02-20").plainText()).startsWith("Logged a note");
            bot.clock().advance(Duration.ofMinutes(11));
            assertThat(bea.runs("partner log", "partner", "Food Bank", "what", "Called Maria", "kind", "call")
                    .plainText()).startsWith("Logged a call");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, p.id(), 10)).hasSize(7);
        }

        @Test
        @DisplayName("the same words logged again in another case or spacing are the same contact, kept once as first "
                + "typed")
        void repeatInAnotherCaseKeptOnce() {
            ana.runs("partner add", "name", "Org A", "sector", "food");
            bea.runs("partner log", "partner", "Org A", "what", "Called Maria", "kind", "call");
            bot.clock().advance(Duration.ofMinutes(5));

            Reply lower = bea.runs("partner log", "partner", "Org A", "what", "called maria", "kind", "call");
            Reply spaced = bea.runs("partner log", "partner", "Org A", "what", "  CALLED   Maria ", "kind", "call");

            assertThat(lower.plainText()).startsWith("You've already logged a call with “Org A”");
            assertThat(spaced.plainText()).startsWith("You've already logged a call with “Org A”");
            assertThat(directory().recentTouchpoints(TestBot.GUILD, partner("Org A").id(), 10))
                    .extracting(Touchpoint::note).containsExactly("Called Maria");
            // other words are another contact, whatever their case
            assertThat(bea.runs("partner log", "partner", "Org A", "what", "called maria back", "kind", "call")
                    .plainText()).startsWith("Logged a call");
        }
    }

    @Nested
    @DisplayName("owner, archive, restore: the owner or a coordinator")
    class Permissions {

        @Test
        @DisplayName("a member asking to be handed a partner whose owner has left the server is pointed to a "
                + "coordinator only; nothing changes, and Discord is asked about the owner only then")
        void ownerWhoLeftPointsToACoordinator() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            bot.messenger().leaves(TestBot.GUILD, ana.id());

            Reply asked = bea.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()));

            assertThat(asked.plainText()).isEqualTo("<@" + ana.id() + ">, who looks after “Food Bank”, has left the "
                    + "server, so only a coordinator can hand it to you. Ask one to run `/partner owner` with you as "
                    + "`member:`; meanwhile you can still log touchpoints with `/partner log`.");
            assertThat(bot.messenger().membersAskedAbout()).containsExactly(java.util.Set.of(ana.id()));
            assertThat(partner("Food Bank").ownerId()).isEqualTo(ana.id());

            // a coordinator taking it on may: Discord is asked about ana again, only so as not to promise her a DM
            assertThat(cora.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(cora.id()))
                    .plainText()).contains("<@" + ana.id() + ">, who looked after it, has left the server, so I won't "
                            + "DM them.");
            assertThat(partner("Food Bank").ownerId()).isEqualTo(cora.id());
            assertThat(bot.messenger().membersAskedAbout()).containsExactly(java.util.Set.of(ana.id()),
                    java.util.Set.of(ana.id()));

            // an owner still in the server: she or a coordinator, as before
            bot.messenger().comesBack(TestBot.GUILD, ana.id());
            cora.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(ana.id()));
            assertThat(bea.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()))
                    .plainText()).startsWith("<@" + ana.id() + "> looks after “Food Bank”, so only they or a "
                            + "coordinator can hand it to you. Ask one of them to run `/partner owner`");
        }

        @Test
        @DisplayName("another member cannot change the owner or archive; the owner and a coordinator can")
        void ownerAndCoordinatorOnly() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");

            assertThat(bea.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()))
                    .plainText()).startsWith("<@" + ana.id() + "> looks after “Food Bank”, so only they or a "
                            + "coordinator can hand it to you.");
            assertThat(bea.runs("partner archive", "partner", "Food Bank").plainText()).contains("Only <@");
            assertThat(partner("Food Bank").ownerId()).isEqualTo(ana.id());
            assertThat(partner("Food Bank").active()).isTrue();

            Reply handed = ana.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()));
            assertThat(handed.plainText()).contains("<@" + bea.id() + "> now looks after “Food Bank”")
                    .contains("I'll let them know by DM");
            // the notice is queued with the handover and sent by the outbox's next run, once
            assertThat(bot.messenger().directTo(bea.id())).isEmpty();
            bot.advance(java.time.Duration.ZERO);
            bot.advance(java.time.Duration.ofMinutes(1));
            assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                    dm.reply().plainText()).contains("<@" + ana.id() + "> asked you to look after “Food Bank”"));
            assertThat(partner("Food Bank").ownerId()).isEqualTo(bea.id());

            cora.runs("partner archive", "partner", "Food Bank", "reason", "They paused outreach this year");
            Partner archived = partner("Food Bank");
            assertThat(archived.stage()).isEqualTo(Stage.MOVED_ON);
            assertThat(archived.archivedReason()).isEqualTo("They paused outreach this year");
            assertThat(directory().activePartners(TestBot.GUILD)).isEmpty();
            assertThat(ana.runs("partner restore", "partner", "Food Bank").plainText()).contains("Only <@");
            assertThat(ana.runs("partner stage", "partner", "Food Bank", "stage", "asking").plainText())
                    .contains("has moved on");
        }

        @Test
        @DisplayName("handing a partner to whoever already looks after it says so: no second DM, no hand-over kept")
        void ownerAlready() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            ana.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()));
            bot.advance(java.time.Duration.ofMinutes(1));
            int ownerRows = bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                    "SELECT COUNT(*) FROM partner_owners", rs -> rs.getInt(1))).orElseThrow();

            assertThat(cora.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()))
                    .plainText()).isEqualTo("<@" + bea.id() + "> already looks after “Food Bank”. Nothing was"
                            + " changed; to hand it to someone else, name them in `member:`.");
            assertThat(bea.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()))
                    .plainText()).startsWith("You already look after “Food Bank”.");

            bot.advance(java.time.Duration.ofMinutes(1));
            assertThat(bot.messenger().directTo(bea.id())).hasSize(1);
            assertThat(bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                    "SELECT COUNT(*) FROM partner_owners", rs -> rs.getInt(1))).orElseThrow()).isEqualTo(ownerRows);
            assertThat(partner("Food Bank").ownerId()).isEqualTo(bea.id());
        }

        @Test
        @DisplayName("a coordinator who takes a partner on herself reads “You now look after”, not her own mention")
        void ownerTakenOnByOneself() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");

            assertThat(cora.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(cora.id()))
                    .plainText()).startsWith("You now look after “Food Bank”.").doesNotContain("<@" + cora.id() + ">");
            assertThat(partner("Food Bank").ownerId()).isEqualTo(cora.id());
        }

        @Test
        @DisplayName("a member who names herself for someone else's partner reads that its owner or a coordinator can "
                + "hand it to her, not that they can hand it “to someone else”; nothing changes")
        void memberTakingOnSomeoneElsesPartner() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");

            assertThat(bea.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()))
                    .plainText()).isEqualTo("<@" + ana.id() + "> looks after “Food Bank”, so only they or a "
                            + "coordinator can hand it to you. Ask one of them to run `/partner owner` with you as "
                            + "`member:`; meanwhile you can still log touchpoints with `/partner log`.");
            assertThat(partner("Food Bank").ownerId()).isEqualTo(ana.id());
            // handing it to a third member keeps the words for that
            assertThat(bea.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(cora.id()))
                    .plainText()).contains("or a coordinator can hand it to someone else");
            bot.advance(java.time.Duration.ofMinutes(1));
            assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        }

        @Test
        @DisplayName("archive and restore bring a partner back to the stage it was in")
        void restoreReturnsToStage() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            ana.runs("partner stage", "partner", "Food Bank", "stage", "cultivating");

            assertThat(ana.runs("partner archive", "partner", "Food Bank").plainText()).contains("has moved on");
            assertThat(ana.runs("partner archive", "partner", "Food Bank").plainText()).contains("already moved on");
            assertThat(ana.runs("partner restore", "partner", "Food Bank").plainText())
                    .contains("back on the list, in the cultivating stage");
            assertThat(ana.runs("partner restore", "partner", "Food Bank").plainText()).contains("nothing to restore");
        }

        @Test
        @DisplayName("a partner brought back says when its next check-in comes and what to do next; one still on the "
                + "list points to the partners moved on from")
        void restoredSaysWhatComesNext() {
            // GIVEN ana archived the Food Bank
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            ana.runs("partner archive", "partner", "Food Bank");

            // WHEN she brings it back, then tries again
            String restored = ana.runs("partner restore", "partner", "Food Bank").plainText();
            String again = ana.runs("partner restore", "partner", "Food Bank").plainText();

            // THEN she reads that its reminders start again, when, and how to keep them away
            assertThat(restored).startsWith("“Food Bank” is back on the list, in the researching stage. Its check-in "
                    + "reminders count from today: every 14 days without contact")
                    .contains("the next check-in is due").endsWith(". Log each contact with `/partner log`.");
            // AND the second time, where the partners moved on from are
            assertThat(again).isEqualTo("“Food Bank” is still on the list, in the researching stage, so there's "
                    + "nothing to restore. `/partner list stage:moved-on` shows the partners the coalition has "
                    + "moved on from.");
        }

        @Test
        @DisplayName("handing a partner to a bot account is refused kindly: the owner stays, and no DM is queued")
        void ownerCannotBeABot() {
            // GIVEN ana looks after the Food Bank
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            long botAccount = 4242L;

            // WHEN she picks a bot account as its new owner
            Reply refused = ana.runsNamingBots(java.util.Set.of(botAccount), "partner owner", "partner", "Food Bank",
                    "member", String.valueOf(botAccount));

            // THEN she hears a bot can't look after a partner, and whom to pick; nothing changed
            assertThat(refused.plainText()).contains("A bot can't look after a partner", "Pick a member of the "
                    + "coalition", "`/partner owner", "Nothing was changed").doesNotContain("now looks after");
            assertThat(refused.ephemeral()).isTrue();
            assertThat(partner("Food Bank").ownerId()).isEqualTo(ana.id());
            bot.advance(java.time.Duration.ofMinutes(1));
            assertThat(bot.messenger().directTo(botAccount)).isEmpty();

            // AND handing it to bea, a person, still works
            assertThat(ana.runs("partner owner", "partner", "Food Bank", "member", String.valueOf(bea.id()))
                    .plainText()).contains("now looks after");
        }

        @Test
        @DisplayName("a bad member value for owner is refused")
        void badMember() {
            ana.runs("partner add", "name", "Food Bank", "sector", "food");
            assertThat(ana.runs("partner owner", "partner", "Food Bank", "member", "@everyone").plainText())
                    .contains("Pick the member");
        }
    }

    @Test
    @DisplayName("a second server sees nothing of the first, and cannot touch its partners by id")
    void otherServer() {
        ana.runs("partner add", "name", "Food Bank", "sector", "food");
        long id = partner("Food Bank").id();
        Member zed = bot.memberOfOtherServer("zed");

        assertThat(zed.runs("partner list").plainText()).contains("empty");
        assertThat(zed.runs("partner show", "partner", String.valueOf(id)).plainText()).contains("I can't find");
        assertThat(zed.runs("partner log", "partner", "Food Bank", "what", "hi").plainText()).contains("I can't find");
        assertThat(zed.suggests("partner show", "partner", "")).isEmpty();
        assertThat(zed.runs("coalition gaps").plainText()).contains("**20 with no partner at all**");
        assertThat(zed.runs("partner add", "name", "Food Bank", "sector", "food").plainText()).contains("Added");
        assertThat(directory().activePartners(TestBot.OTHER_GUILD)).hasSize(1);
        assertThat(directory().find(TestBot.OTHER_GUILD, id)).isEmpty();
    }

    @Test
    @DisplayName("everything survives a restart")
    void survivesRestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot onFile = TestBot.onFile(dir)) {
            Member ana2 = onFile.member("ana");
            ana2.runs("partner add", "name", "Food Bank", "sector", "food");
            ana2.runs("partner stage", "partner", "Food Bank", "stage", "asking");
            ana2.runs("partner log", "partner", "Food Bank", "what", "Coffee");
            onFile.member("bea").runs("partner know", "partner", "Food Bank");

            onFile.restart();

            String page = onFile.member("ana").runs("partner show", "partner", "Food Bank").plainText();
            assertThat(page).contains("Stage: Asking", "Coffee", "<@" + onFile.member("bea").id() + ">");
            assertThat(onFile.member("ana").runs("partner list").plainText()).contains("Food Bank");
        }
    }

    @Test
    @DisplayName("the commands refuse to run outside a server")
    void needsServer() {
        org.partnercoach.chat.Caller dm = new org.partnercoach.chat.Caller(0, 0, 99, "x", false,
                org.partnercoach.chat.Surface.SERVER);
        Reply reply = bot.app().router().handle(new org.partnercoach.chat.Inbound.Command(dm, "partner list",
                java.util.Map.of()));
        assertThat(reply.plainText()).contains("coalition's server");
    }
}

package org.partnercoach.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/help: what the bot is for, and the commands each person can use")
class HelpFeatureTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a member sees three lines about the bot and every member command, read from the catalogue")
    void memberHelp() {
        Reply help = bot.member("ana").runs("help");

        String text = help.plainText();
        assertThat(text).contains("I help our coalition reach out", "5 tips", "outreach list", "remind");
        // every command of every feature is there, without anyone listing it by hand
        for (org.partnercoach.chat.CommandSpec root : bot.app().router().catalogue().roots()) {
            root.leaves().forEach((path, spec) -> {
                if (root.coordinators() || spec.coordinators() || spec.description().endsWith("(coordinators)")) {
                    assertThat(text).as(path).doesNotContain("`/" + path + "`");
                } else {
                    assertThat(text).as(path).contains("`/" + path + "`");
                }
            });
        }
        assertThat(text).contains("`/coach start`", "`/partner log`", "`/remind`", "`/coalition gaps`")
                .doesNotContain("For coordinators").doesNotContain("`/coach setup`");
        assertThat(help.ephemeral()).isTrue();
        assertThat(help.cards().stream().mapToInt(Card::length).sum()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
    }

    @Test
    @DisplayName("a coordinators' command in a group members share (/coalition map) is listed only for coordinators")
    void coordinatorLeafInSharedGroup() {
        Member ana = bot.member("ana");
        assertThat(ana.runs("coalition map").plainText()).contains("Only coordinators");

        Reply help = ana.runs("help");
        assertThat(help.plainText()).contains("`/coalition gaps`").doesNotContain("`/coalition map`");

        Card card = bot.coordinator("cora").runs("help").cards().get(0);
        assertThat(card.description()).doesNotContain("`/coalition map`");
        assertThat(card.fields()).filteredOn(f -> f.name().equals("For coordinators")).singleElement()
                .satisfies(f -> assertThat(f.value()).contains("`/coalition map` A map of who is tied to which "
                        + "partner"));
    }

    @Test
    @DisplayName("a coordinator also sees the coordinator commands")
    void coordinatorHelp() {
        String text = bot.coordinator("cora").runs("help").plainText();

        assertThat(text).contains("For coordinators: `/coach setup` Set the bot up for this server")
                .contains("`/digest setup`").contains("`/export partners`").contains("`/partner add`");
    }

    @Test
    @DisplayName("a member sees the first step first, then the few most used commands, then every other command once, "
            + "under its group, all within Discord's limits")
    void memberSeesTheFirstStepFirst() {
        // WHEN a member opens /help
        Reply help = bot.member("ana").runs("help");

        // THEN the card opens with what to do first: the 5 tips, or Ask Yourself
        Card card = help.cards().get(0);
        assertThat(card.description()).startsWith(HelpFeature.FIRST_STEP)
                .startsWith("**New here? Start with `/coach start`:**").contains("Or try `/reflect`");
        // AND the most used commands come next, in that order, before any group
        String description = card.description();
        int last = description.indexOf(HelpFeature.MOST_USED_HEADING);
        assertThat(last).isGreaterThan(description.indexOf(HelpFeature.ABOUT));
        for (String path : HelpFeature.MOST_USED) {
            int at = description.indexOf("`/" + path + "` ");
            assertThat(at).as(path).isGreaterThan(last);
            last = at;
        }
        // AND every other member command is listed once, under its group, the groups in the catalogue's order
        List<String> members = memberPaths();
        String text = help.plainText();
        for (String path : members) {
            // the first step's commands are named in it, then listed with the walks
            int named = path.equals("coach start") || path.equals("reflect") ? 2 : 1;
            assertThat(occurrences(text, "`/" + path + "`")).as(path).isEqualTo(named);
        }
        assertThat(card.fields()).extracting(Card.Field::name).startsWith("Coaching for reaching out to new partners",
                "The coalition's outreach list").doesNotContain("For coordinators").doesNotHaveDuplicates();
        assertThat(fieldOf(card, "The coalition's outreach list")).contains("`/partner show`")
                .doesNotContain("`/partner add`");
        assertThat(fieldOf(card, "Coaching for reaching out to new partners")).contains("`/coach tip`")
                .doesNotContain("`/coach setup`").doesNotContain("`/coach status`");
        // AND it stays within what Discord shows in one message
        within(card);
        assertThat(help.ephemeral()).isTrue();
    }

    @Test
    @DisplayName("a coordinator sees what a member sees, then every coordinators' command, whole, last; within "
            + "Discord's limits")
    void coordinatorSeesTheirsLast() {
        Card member = bot.member("ana").runs("help").cards().get(0);

        Card card = bot.coordinator("cora").runs("help").cards().get(0);

        // the member's part is the same, in the same order
        assertThat(card.description()).isEqualTo(member.description());
        assertThat(card.fields().subList(0, member.fields().size())).isEqualTo(member.fields());
        // then the coordinators' commands, each once and whole, in fields of their own
        List<Card.Field> theirs = card.fields().subList(member.fields().size(), card.fields().size());
        assertThat(theirs).isNotEmpty().allSatisfy(f -> assertThat(f.name()).startsWith("For coordinators"));
        String listed = String.join("\n", theirs.stream().map(Card.Field::value).toList());
        assertThat(listed).doesNotContain("…");
        List<String> coordinators = new ArrayList<>();
        for (CommandSpec root : bot.app().router().catalogue().roots()) {
            root.leaves().keySet().stream().filter(path -> !memberPaths().contains(path)).forEach(coordinators::add);
        }
        assertThat(coordinators).contains("coach setup", "digest setup", "export partners", "coalition map");
        for (String path : coordinators) {
            assertThat(occurrences(card.description() + listed, "`/" + path + "`")).as(path).isEqualTo(1);
        }
        within(card);
    }

    @Test
    @DisplayName("a newcomer finds every command for the walks together, first under coaching: begin the 5 tips or Ask "
            + "Yourself, where you are, your answers, one tip, one partner's plan; and that a walk stopped half-way is "
            + "picked up where it was left")
    void walksListedTogether() {
        // WHEN a member new to the bot opens /help
        Card card = bot.member("newcomer").runs("help").cards().get(0);

        // THEN the first group is the walks, every command for them, in the order a newcomer meets them
        Card.Field coaching = card.fields().get(0);
        assertThat(coaching.name()).isEqualTo("Coaching for reaching out to new partners");
        String[] lines = coaching.value().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("`/coach start` Begin or pick up the 5 tips for reaching out to new partners");
        assertThat(lines[1]).isEqualTo("`/reflect` Begin or pick up the four Ask Yourself questions about partnering");
        assertThat(lines[2]).isEqualTo("`/coach progress` Where you are in each walk, with a Continue button for one "
                + "you paused");
        assertThat(lines[3]).isEqualTo("`/coach answers` See and edit your answers");
        assertThat(lines[4]).isEqualTo("`/coach tip` Read one of the 5 tips and its questions");
        assertThat(lines[5]).isEqualTo("`/partner coach` Plan your approach to one partner with the 5 tips");
        // AND how to pick a walk up again, since no command is called "resume"
        assertThat(lines[6]).isEqualTo(HelpFeature.PICK_UP);
        // AND each is a member's command that exists, listed nowhere else below
        assertThat(memberPaths()).containsAll(HelpFeature.WALKS);
        for (Card.Field other : card.fields().subList(1, card.fields().size())) {
            for (String path : HelpFeature.WALKS) {
                assertThat(other.value()).as(other.name()).doesNotContain("`/" + path + "`");
            }
        }
        assertThat(card.description()).doesNotContain("`/coach progress`").doesNotContain("`/coach answers`");
        within(card);
    }

    @Test
    @DisplayName("the most used commands /help names first are members' commands that exist")
    void mostUsedExist() {
        assertThat(memberPaths()).containsAll(HelpFeature.MOST_USED).contains("coach start", "reflect");
    }

    /** Every member command of the running bot, read from its catalogue as a member's /help lists them. */
    private List<String> memberPaths() {
        List<String> paths = new ArrayList<>();
        for (CommandSpec root : bot.app().router().catalogue().roots()) {
            for (Map.Entry<String, CommandSpec> leaf : root.leaves().entrySet()) {
                boolean coordinators = root.coordinators() || bot.app().router().catalogue().forCoordinators(
                        leaf.getKey()) || leaf.getValue().description().endsWith(HelpFeature.FOR_COORDINATORS);
                if (!coordinators) {
                    paths.add(leaf.getKey());
                }
            }
        }
        return paths;
    }

    private static String fieldOf(Card card, String name) {
        return card.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    private static int occurrences(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private static void within(Card card) {
        assertThat(card.length()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
        assertThat(card.description().length()).isLessThanOrEqualTo(Limits.EMBED_DESCRIPTION);
        assertThat(card.fields()).hasSizeLessThanOrEqualTo(Limits.EMBED_FIELDS)
                .allSatisfy(f -> assertThat(f.value().length()).isLessThanOrEqualTo(Limits.EMBED_FIELD_VALUE));
    }
}

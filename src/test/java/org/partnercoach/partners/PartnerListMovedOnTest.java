package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * A filtered list that comes out empty because the coalition has moved on from what it would show says so, how many,
 * and where they are (the same filter with {@code stage:moved-on}), as the whole list's own footer points to the
 * moved-on ones; and what an empty list suggests never leads to another list with nothing in it.
 */
@DisplayName("/partner list: a filter whose partners have all moved on says where they are")
class PartnerListMovedOnTest {

    private static final Pattern LIST_COMMAND = Pattern.compile("`/partner list([^`]*)`");

    private final TestBot bot = TestBot.inMemory();
    private final Member bea = bot.member("bea");
    private final Member dan = bot.member("dan");

    @AfterEach
    void close() {
        bot.close();
    }

    /** bea adds Grace Church (faith) and the coalition moves on from it. */
    private void graceChurchMovedOn() {
        bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        bea.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Grace Church", "reason", "No capacity");
    }

    @Test
    @DisplayName("GIVEN bea looks after Grace Church, moved on WHEN she lists her own THEN she reads that the one she "
            + "looks after has moved on, and where it is, not that she looks after none")
    void mineMovedOn() {
        graceChurchMovedOn();

        String mine = bea.runs(PartnerFeature.Paths.LIST, "mine", "true").plainText();

        assertThat(mine).isEqualTo("None of the partners you look after is on the list right now: the coalition has "
                + "moved on from the one you look after. See it with `/partner list stage:moved-on mine:true` "
                + "(`/partner restore` brings it back).");
        assertThat(bea.runs(PartnerFeature.Paths.LIST, "stage", "moved-on", "mine", "true").plainText())
                .contains("Grace Church");
    }

    @Test
    @DisplayName("GIVEN Grace Church moved on WHEN dan lists faith THEN he reads that it moved on and where, not "
            + "\"Add the first\"")
    void sectorMovedOn() {
        graceChurchMovedOn();

        String faith = dan.runs(PartnerFeature.Paths.LIST, "sector", "faith").plainText();

        assertThat(faith).isEqualTo("No partners in Faith communities on the list right now: the coalition has moved "
                + "on from the one it had there. See it with `/partner list stage:moved-on sector:faith` (`/partner "
                + "restore` brings it back), or add a new organization with `/partner add`.")
                .doesNotContain("Add the first");
        // two of them: how many
        bea.runs(PartnerFeature.Paths.ADD, "name", "Temple Beth El", "sector", "faith");
        bea.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Temple Beth El");
        assertThat(dan.runs(PartnerFeature.Paths.LIST, "sector", "faith").plainText())
                .contains("the coalition has moved on from all 2 it had there. See them with `/partner list "
                        + "stage:moved-on sector:faith` (`/partner restore` brings one back)");
        assertThat(bea.runs(PartnerFeature.Paths.LIST, "mine", "true").plainText())
                .contains("moved on from all 2 you look after. See them with");
    }

    @Test
    @DisplayName("GIVEN Grace Church moved on WHEN dan lists researching in faith THEN he is sent to the moved-on ones,"
            + " not to the faith list, which has none")
    void stageAndSectorMovedOn() {
        graceChurchMovedOn();

        String researching = dan.runs(PartnerFeature.Paths.LIST, "stage", "researching", "sector", "faith")
                .plainText();

        assertThat(researching).isEqualTo("No partners in researching in Faith communities right now. The coalition "
                + "has moved on from one partner in Faith communities: see it with `/partner list stage:moved-on "
                + "sector:faith` (`/partner restore` brings it back).");
        assertThat(researching).doesNotContain("`/partner list sector:faith`");
    }

    @Test
    @DisplayName("mine and a sector together, and a stage with mine, point to the same filters with stage:moved-on")
    void combinations() {
        graceChurchMovedOn();
        bea.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");

        assertThat(bea.runs(PartnerFeature.Paths.LIST, "sector", "faith", "mine", "true").plainText())
                .isEqualTo("None of the partners you look after in Faith communities is on the list right now: the "
                        + "coalition has moved on from the one you look after there. See it with `/partner list "
                        + "stage:moved-on sector:faith mine:true` (`/partner restore` brings it back).");
        assertThat(bea.runs(PartnerFeature.Paths.LIST, "stage", "asking", "mine", "true").plainText())
                .isEqualTo("None of the partners you look after is in asking yet. When one gets that far, move it "
                        + "there with `/partner stage`. See the whole list with `/partner list`. The coalition has "
                        + "moved on from one partner you look after: see it with `/partner list stage:moved-on "
                        + "mine:true` (`/partner restore` brings it back).");
        // dan looks after none, moved on or not: as before
        assertThat(dan.runs(PartnerFeature.Paths.LIST, "mine", "true").plainText())
                .startsWith("You don't look after any partner yet. See the whole list with `/partner list`");
    }

    @Test
    @DisplayName("every list an empty list suggests has partners in it, whatever was moved on or never added")
    void suggestionsLeadSomewhere() {
        graceChurchMovedOn();
        List<String[]> asked = List.of(
                new String[] {"sector", "faith"}, new String[] {"mine", "true"},
                new String[] {"stage", "researching", "sector", "faith"},
                new String[] {"stage", "cultivating", "sector", "faith", "mine", "true"},
                new String[] {"stage", "researching"}, new String[] {"sector", "youth"},
                new String[] {"stage", "asking", "sector", "youth"}, new String[] {"sector", "youth", "mine", "true"},
                new String[] {"stage", "moved-on", "sector", "youth"}, new String[] {"stage", "moved-on", "mine", "true"});
        for (Member m : new Member[] {bea, dan}) {
            for (String[] options : asked) {
                followsEverySuggestion(m, options);
            }
        }
        // with a partner on the list too
        dan.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        for (Member m : new Member[] {bea, dan}) {
            for (String[] options : asked) {
                followsEverySuggestion(m, options);
            }
        }
    }

    private void followsEverySuggestion(Member m, String[] options) {
        String said = m.runs(PartnerFeature.Paths.LIST, options).plainText();
        Matcher command = LIST_COMMAND.matcher(said);
        while (command.find()) {
            List<String> pairs = new ArrayList<>();
            for (String option : command.group(1).strip().split(" ")) {
                if (!option.isEmpty()) {
                    pairs.add(option.substring(0, option.indexOf(':')));
                    pairs.add(option.substring(option.indexOf(':') + 1));
                }
            }
            String next = m.runs(PartnerFeature.Paths.LIST, pairs.toArray(String[]::new)).plainText();
            assertThat(next).as("%s, after %s said: %s", command.group(), String.join(" ", options), said)
                    .contains("Page 1 of");
        }
    }
}

package org.partnercoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.support.TestBot;

@DisplayName("What the console prints")
class ConsolePrinterTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleMembers members = new ConsoleMembers("you");
    private final ConsolePrinter printer = new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            null, new MovableClock(TestBot.START, ZoneOffset.UTC), members);

    private ConsolePrinter printerTo(Path out) {
        return new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), out,
                new MovableClock(TestBot.START, ZoneOffset.UTC), members);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a file the bot would attach is saved under the output folder and its path printed")
    void attachments() throws Exception {
        Path out = dir.resolve("console-out");
        printerTo(out).print("only you", Reply.text("Your export is ready.")
                .withFile(new Attachment("outreach list.csv", "name\nEastside Food Bank\n".getBytes(
                        StandardCharsets.UTF_8))), Surface.SERVER, 1, 0);

        Path saved = out.resolve("001-outreach_list.csv");
        assertThat(Files.readString(saved)).isEqualTo("name\nEastside Food Bank\n");
        assertThat(printed()).contains("bot (only you)> Your export is ready.").contains("(file saved: " + saved + ")");
    }

    @Test
    @DisplayName("a file that cannot be saved (its folder gone while the console runs) is said, and the console goes on")
    void attachmentThatCannotBeSaved() throws Exception {
        Path out = Files.writeString(dir.resolve("console-out"), "a file where the folder was");
        ConsolePrinter printer = printerTo(out);

        printer.print("only you", Reply.text("Your export is ready.").withFile(new Attachment("outreach list.csv",
                "name\n".getBytes(StandardCharsets.UTF_8))), Surface.SERVER, 1, 0);
        printer.print("only you", Reply.text("Next reply."), Surface.SERVER, 1, 0);

        assertThat(printed()).contains("bot (only you)> Your export is ready.", "(outreach list.csv could not be saved "
                + "in " + out + ": ", "make sure that folder can be written in, then ask for it again)",
                "Next reply.").doesNotContain("file saved");
    }

    @Test
    @DisplayName("a card's fields print as \"· name:\" and their lines; a question or sentence as a name takes no colon")
    void cardFields() {
        printer.print("#thread", Reply.card(new Card("Summary", null, List.of(
                new Card.Field("Time zone", "UTC", false),
                new Card.Field("1. Who is the changemaker there? What is their role?", "• bea: the nurse", false)),
                null)), Surface.SERVER, 1, 0);

        assertThat(printed()).contains("· Time zone:\n", "    UTC", "· 1. Who is the changemaker there? What is their "
                + "role?\n", "    • bea: the nurse").doesNotContain("role?:");
    }

    @Test
    @DisplayName("mentions of members and channels print as their names; buttons are numbered for #N")
    void mentionsAndButtons() {
        long bea = members.add("bea");
        long channel = members.channel("#reminders");
        printer.print("#general", Reply.text("<@" + bea + "> see <#" + channel + ">").withButtons(
                Button.primary(CustomId.of("walk", "answer", 1), "Answer"),
                Button.secondary(CustomId.of("walk", "skip", 1), "Skip")), Surface.SERVER, ConsolePrinter.EVERYONE, 0);

        assertThat(printed()).contains("bot (#general)> @bea see #reminders").contains("[1] Answer  [2] Skip");
        assertThat(printer.choice("2", bea, 0)).map(ConsolePrinter.Choice::label).contains("Skip");
        assertThat(printer.choice("ans", bea, 0)).map(ConsolePrinter.Choice::label).contains("Answer");
        assertThat(printer.choice("9", bea, 0)).isEmpty();
    }

    @Test
    @DisplayName("a label presses the newest message still showing it: a reply that took a newer message's place (its "
            + "buttons gone) does not hide the question above, and #N presses nothing on the message whose buttons went")
    void labelPressesTheNewestMessageStillShowingIt() {
        long bea = members.add("bea");
        printer.print("only you", Reply.text("Question 2").withButtons(
                Button.primary(CustomId.of("walk", "answer", 2), "Answer"),
                Button.secondary(CustomId.of("walk", "skip", 2), "Skip")), Surface.SERVER, bea, 0);
        printer.print("only you", Reply.text("Delete it?").withButtons(
                Button.danger(CustomId.of("partner", "delete", 1), "Delete for good"),
                Button.secondary(CustomId.of("partner", "keep", 1), "Keep it")), Surface.SERVER, bea, 0);

        // WHEN Keep it's reply takes the confirm's place
        assertThat(printer.choice("keep it", bea, 0)).map(ConsolePrinter.Choice::label).contains("Keep it");
        printer.replaced();

        // THEN neither #1 nor the label presses Delete for good; #answer presses the question's Answer
        assertThat(printer.choice("1", bea, 0)).isEmpty();
        assertThat(printer.choice("delete for good", bea, 0)).isEmpty();
        assertThat(printer.buttonsTakenAway(bea, 0)).isTrue();
        assertThat(printer.pressableAbove(bea, 0, 8)).isEqualTo("#Answer, #Skip");
        assertThat(printer.choice("answer", bea, 0)).map(ConsolePrinter.Choice::label).contains("Answer");
    }

    @Test
    @DisplayName("a reply with buttons that takes the place of the message pressed takes that message's buttons away: "
            + "the label of the page before no longer presses")
    void replyWithButtonsTakesThePressedOnesAway() {
        long bea = members.add("bea");
        printer.print("only you", Reply.text("Page 1").withButtons(
                Button.secondary(CustomId.of("partner", "show", 1), "Eastside Food Bank"),
                Button.secondary(CustomId.of("partner", "page", 2), "Next")), Surface.SERVER, bea, 0);
        assertThat(printer.choice("next", bea, 0)).isPresent();
        printer.print("only you", Reply.text("Page 2").withButtons(
                Button.secondary(CustomId.of("partner", "show", 11), "Lincoln High School"),
                Button.secondary(CustomId.of("partner", "page", 1), "Previous")), Surface.SERVER, bea, 0);
        printer.replaced();

        assertThat(printer.choice("eastside", bea, 0)).isEmpty();
        assertThat(printer.choice("1", bea, 0)).map(ConsolePrinter.Choice::label).contains("Lincoln High School");
    }

    @Test
    @DisplayName("a post edited by the bot loses the buttons it had, as Discord replaces a message: the question's "
            + "Answer no longer presses once the edit shows it closed")
    void editedPostLosesItsButtons() {
        long bea = members.add("bea");
        long thread = members.channel("#circle");
        ConsoleMessenger messenger = new ConsoleMessenger(printer, members, "Coalition", () -> bea);
        var posted = messenger.post(ConsoleMembers.GUILD_ID, thread, Reply.text("Question 1").withButtons(
                Button.primary(CustomId.of("session", "answer", 1), "Answer")), null);
        assertThat(printer.choice("answer", bea, thread)).isPresent();

        messenger.edit(ConsoleMembers.GUILD_ID, thread, posted.id(), Reply.text("Question 1 (closed)"));

        assertThat(printer.choice("answer", bea, thread)).isEmpty();
    }

    @Test
    @DisplayName("what a member typed reads as typed: Markdown's escapes are dropped as Discord drops them")
    void typedTextWithoutEscapes() {
        long bea = members.add("bea");
        String typed = "# Eastside_Food *Bank* [site](x) :-) <@" + bea + "> <@123> <#45> C:\\files";
        printer.print("only you", Reply.text("Saved: " + org.partnercoach.chat.Shown.text(typed)), Surface.SERVER,
                1, 0);

        // a mention the member typed shows the member's name, as in Discord; one of someone the console does not
        // know, as typed
        assertThat(printed()).contains("bot (only you)> Saved: " + typed.replace("<@" + bea + ">", "@bea"))
                .doesNotContain("@member 123", "#channel-45");
    }
}

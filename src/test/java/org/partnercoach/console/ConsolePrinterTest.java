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

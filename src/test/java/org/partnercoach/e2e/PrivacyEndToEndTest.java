package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.FakeDiscord.EPHEMERAL;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A member's own data through the real Discord client: the export as a file, and forget behind its confirm button. */
@DisplayName("Privacy, through the real Discord client")
class PrivacyEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("/privacy export is a JSON file only she sees; /privacy forget asks first, names what others "
            + "notice, and its button deletes her data and no one else's")
    void exportThenForget() {
        // GIVEN alice looks after a partner and has a reminder; cora has a reminder too
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(ALICE, "remind", "when", "in 2 days", "what", "Call Maria at Eastside");
        discord.runs(CORA, "remind", "when", "in 2 days", "what", "Book the room");

        // WHEN she asks for her data
        Recorded export = discord.runs(ALICE, "privacy export");

        // THEN it comes privately, with one JSON file
        Recorded answer = discord.answerTo(export);
        assertThat(export.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(answer.message().path("content").asText()).contains("everything I keep about you");
        List<String> files = new ArrayList<>();
        answer.message().path("attachments").forEach(a -> files.add(a.path("filename").asText()));
        assertThat(files).singleElement().satisfies(f -> assertThat(f).startsWith("partner-coach-my-data-")
                .endsWith(".json"));

        // WHEN she asks to be forgotten
        Recorded ask = discord.runs(ALICE, "privacy forget");

        // THEN nothing is deleted yet: she is told what others will notice, privately, with two buttons
        assertThat(ask.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(ask.message().path("content").asText()).contains("**Eastside Food Bank** stays on the outreach "
                + "list with no one looking after it").contains("Delete it all?");
        assertThat(discord.runs(ALICE, "reminders list").message().toString()).contains("Call Maria at Eastside");

        // WHEN she confirms
        Recorded done = discord.presses(ALICE, "Delete my data");

        // THEN the confirmation is replaced by what was done (no button left to press twice)
        assertThat(done.callbackType()).isEqualTo(FakeDiscord.UPDATE_MESSAGE);
        assertThat(done.message().path("content").asText()).startsWith("Done: I deleted what I kept about you");
        assertThat(done.message().path("components").size()).isZero();
        // AND her reminder is gone, the partner stays with no one looking after it, and cora's reminder stays
        assertThat(discord.runs(ALICE, "reminders list").message().toString())
                .doesNotContain("Call Maria at Eastside");
        assertThat(discord.answer(CORA, "partner show", "partner", "Eastside Food Bank").message().toString())
                .contains("Eastside Food Bank").doesNotContain("<@" + ALICE.id() + ">");
        assertThat(discord.runs(CORA, "reminders list").message().toString()).contains("Book the room");
    }
}

package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.console.ConsoleMembers;
import org.partnercoach.support.ChildBot;
import org.partnercoach.support.RecordingMessenger;

/**
 * An acknowledged write survives {@code kill -9}: the real program takes answers and touchpoints from a pipe, one
 * at a time, and is killed with SIGKILL at a moment picked with a fixed seed, often with a line still in flight.
 * Everything it had acknowledged is found afterwards through {@code /privacy export}.
 *
 * <p>The file is opened with H2 keeping no dead chunks ({@code RETENTION_TIME=0}): their space is free at once, as it
 * is in a bot that has run for longer than H2's 45 s of keeping them or has compacted its file. H2 loses the newest
 * commits when they were written into such space ({@code H2FileStore}), which a test shorter than 45 s would not
 * meet otherwise.
 */
@DisplayName("Killed with SIGKILL while taking answers and touchpoints")
class KillDurabilityTest {

    private static final long[] SEEDS = {7L, 20261130L, 424242L};
    private static final int LINES = 200;

    @TempDir
    Path dir;

    @Test
    @DisplayName("every acknowledged answer and touchpoint is there after the restart (3 seeds)")
    void acknowledgedWritesSurvive() throws Exception {
        for (long seed : SEEDS) {
            Path data = dir.resolve("seed-" + seed);
            Random random = new Random(seed);
            int killAfter = 20 + random.nextInt(LINES - 20);
            Set<String> acked = new HashSet<>();
            try (ChildBot bot = ChildBot.start(data, Map.of(ConfigLoader.ENV_DB_URL,
                    ChildBot.url(data) + ";RETENTION_TIME=0"))) {
                bot.send("/partner add name:\"Food Bank\" sector:food");
                assertThat(bot.await("Added “Food Bank”")).as(bot.err()).isTrue();
                int member = 0;
                int answered = 16; // a walk has 16 questions: a new member starts the next one
                for (int i = 0; i < LINES; i++) {
                    boolean answer = random.nextBoolean();
                    String text = (answer ? "answer-" : "touch-") + seed + "-" + i;
                    if (answer && answered == 16) {
                        member++;
                        bot.send(":user m" + member);
                        bot.send("/coach start");
                        assertThat(bot.await("Question 1 of")).as(bot.err()).isTrue();
                        answered = 0;
                    }
                    bot.send(answer ? text : "/partner log partner:\"Food Bank\" what:\"" + text + "\"");
                    if (i == killAfter) {
                        break; // in flight when the kill comes
                    }
                    assertThat(bot.await(answer ? "Saved: “" + text + "”" : "Logged a note with “Food Bank”"))
                            .as("line %d: %s", i, bot.err()).isTrue();
                    acked.add(text);
                    if (answer) {
                        answered++;
                    }
                }
                bot.process().destroyForcibly(); // SIGKILL
                assertThat(bot.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(acked).as("seed %d", seed).isNotEmpty();

                Set<String> found = storedAfterRestart(data, member);
                assertThat(found).as("seed %d, killed at line %d", seed, killAfter).containsAll(acked);
            }
        }
    }

    /** The answers and touchpoints each console member finds in their {@code /privacy export} after a restart. */
    private static Set<String> storedAfterRestart(Path data, int members) throws Exception {
        Map<String, String> env = Map.of(ConfigLoader.ENV_CONFIG, ChildBot.config(data).toString(),
                ConfigLoader.ENV_DB_URL, ChildBot.url(data));
        Set<String> found = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (PartnerCoach app = PartnerCoach.assemble(ConfigLoader.load(env), Clock.systemUTC(),
                new RecordingMessenger())) {
            List<String> names = new ArrayList<>(List.of("you"));
            for (int m = 1; m <= members; m++) {
                names.add("m" + m);
            }
            for (String name : names) {
                Caller who = new Caller(ConsoleMembers.GUILD_ID, ConsoleMembers.GENERAL_CHANNEL,
                        ConsoleMembers.idOf(name), name, false, Surface.SERVER);
                Reply export = app.router().handle(new Inbound.Command(who, "privacy export", Map.of()));
                JsonNode all = json.readTree(new String(export.files().get(0).bytes(), StandardCharsets.UTF_8));
                all.get("coaching").get("answers").forEach(a -> found.add(a.get("answer").asText()));
                all.get("partners").get("touchpoints").forEach(t -> found.add(t.get("note").asText()));
            }
        }
        return found;
    }
}

package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.support.ErrorLogWatch;
import org.partnercoach.support.Member;
import org.partnercoach.support.Snapshot;
import org.partnercoach.support.OptionValues;
import org.partnercoach.support.TestBot;

/**
 * Every command of the catalogue run by a member, the member who looks after the partner, a coordinator (the
 * coordinator role), an administrator (Manage Server) and a member of another server, each on a coalition of its
 * own; the table below says which may and which are refused. A refusal says so and changes no row. Then every
 * button the coordinator's replies offer is pressed from the other server: nothing of the coordinator's server
 * changes (a button that names no row, like "tip 1", acts on the presser's own walk in their own server).
 *
 * <p>Discord decides "coordinator" from Manage Server or the role ({@code InboundMapper}); the chat model sees one
 * flag, so the coordinator and the administrator columns agree by design.
 */
@DisplayName("Permissions: who may run what")
class PermissionMatrixTest {

    enum Role { MEMBER, OWNER, COORDINATOR, ADMIN, OTHER_SERVER }

    /** y: allowed, n: refused; columns in the order of {@link Role}. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        // member commands: everyone in the server; the other server has its own (empty) list
        for (String open : List.of("coach start", "coach tip", "coach progress", "coach answers", "reflect",
                "settings timezone", "partner add", "partner list", "coalition gaps", "reminders list",
                "reminders cancel", "help", "session start", "session list", "session answers", "session summary",
                "session facilitator", "privacy about", "privacy export", "privacy forget",
                // anyone may stop their own digest, a coordinator who is one no longer too
                "digest unsubscribe")) {
            EXPECTED.put(open, "yyyyy");
        }
        // about "Grace Church", which another server cannot see
        for (String shared : List.of("partner show", "partner stage", "partner edit", "partner log",
                "partner know", "partner unknow", "partner intro", "partner coach", "partner cadence", "remind")) {
            EXPECTED.put(shared, "yyyyn");
        }
        // only the member who looks after it, or a coordinator
        for (String owned : List.of("partner owner", "partner archive", "partner restore", "partner delete")) {
            EXPECTED.put(owned, "nyyyn");
        }
        // coordinators only
        for (String coordinators : List.of("coach setup", "coach status", "coalition map", "report quarter", "report pulse",
                "digest setup", "digest subscribe", "digest status", "digest preview", "export partners", "export touchpoints", "export answers")) {
            EXPECTED.put(coordinators, "nnyyn");
        }
    }

    /**
     * What only a partner's owner or a coordinator may do, about a partner nobody looks after (its owner used {@code
     * /privacy forget}) and one whose owner has left the server: a coordinator's only, and a member (the owner not
     * being there to ask) is refused with whom to ask instead. A member may take a partner nobody looks after on
     * herself ("owner herself"); "owner other" names another member. Columns: a member, a coordinator.
     */
    private static final Map<String, String> OWNER_GONE = new LinkedHashMap<>();

    static {
        for (String gone : List.of("nobody", "left")) {
            for (String action : List.of("owner other", "owner herself", "archive", "restore", "delete")) {
                OWNER_GONE.put(gone + " " + action, gone.equals("nobody") && action.equals("owner herself") ? "yy"
                        : "ny");
            }
        }
    }

    private static final Pattern REFUSAL = Pattern.compile("Only coordinators|^Only <@|can't find|Nothing was changed"
            + "|Nothing was sent|someone else looks after|, so only a coordinator can ");
    private static final Pattern FAILURE = Pattern.compile("something went wrong");

    private final List<TestBot> bots = new ArrayList<>();
    private final ErrorLogWatch errors = ErrorLogWatch.attach();

    @AfterEach
    void close() {
        errors.detach();
        bots.forEach(TestBot::close);
    }

    @Test
    @DisplayName("every command, by every kind of member, is allowed or refused as the table says; a refusal changes nothing")
    void commands() {
        Map<String, CommandSpec> leaves = new TestBotCatalogue().leaves();
        assertThat(EXPECTED.keySet()).as("every command has a row in the table").containsExactlyInAnyOrderElementsOf(
                leaves.keySet());
        TestBot any = bots.get(0);
        // Discord shows a command's subcommands to whom it shows the command: /digest is the coordinators', and
        // its unsubscribe (open to anyone, for one who is no longer a coordinator) is marked with it
        leaves.keySet().forEach(path -> assertThat(any.app().router().catalogue().forCoordinators(path))
                .as("/%s is marked for coordinators exactly when the table refuses members and owners", path)
                .isEqualTo(EXPECTED.get(path).startsWith("nn") || path.equals("digest unsubscribe")));
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            World world = new World();
            Member who = world.as(role);
            for (Map.Entry<String, CommandSpec> leaf : leaves.entrySet()) {
                boolean allowed = EXPECTED.get(leaf.getKey()).charAt(role.ordinal()) == 'y';
                if (leaf.getKey().equals("partner restore")) {
                    world.cora.runs("partner archive", "partner", "Grace Church");
                }
                Snapshot before = allowed ? null : Snapshot.of(world.bot);
                Reply reply = who.runs(leaf.getKey(), world.optionsFor(leaf.getKey(), leaf.getValue()));
                String text = reply.plainText();
                if (FAILURE.matcher(text).find()) {
                    wrong.add(role + " /" + leaf.getKey() + ": failed: " + text);
                } else if (allowed && REFUSAL.matcher(text).find()) {
                    wrong.add(role + " /" + leaf.getKey() + ": refused, should be allowed: " + firstLine(text));
                } else if (!allowed && !REFUSAL.matcher(text).find()) {
                    wrong.add(role + " /" + leaf.getKey() + ": allowed, should be refused: " + firstLine(text));
                } else if (!allowed && !Snapshot.of(world.bot).changedSince(before).isEmpty()) {
                    wrong.add(role + " /" + leaf.getKey() + ": refused but changed "
                            + Snapshot.of(world.bot).changedSince(before));
                }
                if (leaf.getKey().equals("partner owner") && allowed) {
                    // handed to mo: back to olga, so that the owner's later commands are still hers to run
                    world.cora.runs("partner owner", "partner", "Grace Church", "member",
                            String.valueOf(world.olga.id()));
                }
            }
        }
        assertThat(wrong).as("cells that disagree with the table").isEmpty();
        assertThat(errors.errors()).as("errors logged").isEmpty();
    }

    @Test
    @DisplayName("a partner nobody looks after, or whose owner left the server: a coordinator's to hand on, archive, "
            + "restore or delete; a member may take one nobody looks after on herself; a refusal names nobody gone")
    void partnersWhoseOwnerIsGone() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> row : OWNER_GONE.entrySet()) {
            String[] cell = row.getKey().split(" ", 2);
            for (Role role : List.of(Role.MEMBER, Role.COORDINATOR)) {
                World world = new World();
                Member fern = world.bot.member("fern");
                fern.runs("partner add", "name", "Riverside Clinic", "sector", "health-care");
                fern.runs("privacy forget");
                fern.presses("Delete my data");
                world.bot.messenger().leaves(TestBot.GUILD, world.olga.id());
                String partner = cell[0].equals("nobody") ? "Riverside Clinic" : "Grace Church";
                if (cell[1].equals("restore")) {
                    world.cora.runs("partner archive", "partner", partner);
                }
                Member who = role == Role.MEMBER ? world.as(Role.MEMBER) : world.cora;
                String[] options = switch (cell[1]) {
                    case "owner other" -> new String[] {"partner", partner, "member",
                            String.valueOf(world.bot.member("mo").id())};
                    case "owner herself" -> new String[] {"partner", partner, "member", String.valueOf(who.id())};
                    default -> new String[] {"partner", partner};
                };
                String path = "partner " + cell[1].split(" ")[0];
                boolean allowed = row.getValue().charAt(role == Role.MEMBER ? 0 : 1) == 'y';
                Snapshot before = Snapshot.of(world.bot);
                String text = who.runs(path, options).plainText();
                String what = role + " /" + path + " (" + row.getKey() + ")";
                if (FAILURE.matcher(text).find()) {
                    wrong.add(what + ": failed: " + text);
                } else if (allowed == REFUSAL.matcher(text).find()) {
                    wrong.add(what + ": " + (allowed ? "refused, should be allowed: " : "allowed, should be "
                            + "refused: ") + firstLine(text));
                } else if (!allowed && !Snapshot.of(world.bot).changedSince(before).isEmpty()) {
                    wrong.add(what + ": refused but changed " + Snapshot.of(world.bot).changedSince(before));
                } else if (!allowed && (text.contains("<@0>") || text.contains("Ask them")
                        || text.contains("Ask one of them"))) {
                    wrong.add(what + ": sends her to someone gone: " + firstLine(text));
                }
            }
        }
        assertThat(wrong).as("cells that disagree with the table").isEmpty();
        assertThat(errors.errors()).as("errors logged").isEmpty();
    }

    @Test
    @DisplayName("every button of the coordinator's replies, pressed from another server, changes nothing there")
    void buttonsFromAnotherServer() {
        World world = new World();
        Member cora = world.as(Role.COORDINATOR);
        Member otto = world.as(Role.OTHER_SERVER);
        otto.runs("partner add", "name", "Riverside Clinic", "sector", "health");
        Set<Button> buttons = new LinkedHashSet<>();
        for (Map.Entry<String, CommandSpec> leaf : world.bot.app().router().catalogue().leaves().entrySet()) {
            buttons.addAll(cora.runs(leaf.getKey(), world.optionsFor(leaf.getKey(), leaf.getValue())).buttons());
        }
        world.bot.advance(java.time.Duration.ofDays(40));
        world.bot.messenger().sent().forEach(s -> buttons.addAll(s.reply().buttons()));
        List<String> wrong = new ArrayList<>();
        int pressed = 0;
        for (Button button : buttons) {
            if (button.id() == null) {
                continue;
            }
            for (Surface surface : List.of(Surface.SERVER, Surface.DM)) {
                Snapshot before = Snapshot.ofServer(world.bot, TestBot.GUILD);
                Reply reply = world.bot.app().router().handle(new Inbound.ButtonPress(otto.caller(surface),
                        button.id()));
                pressed++;
                String text = reply.plainText();
                List<String> changed = Snapshot.ofServer(world.bot, TestBot.GUILD).changedSince(before);
                if (FAILURE.matcher(text).find() || !changed.isEmpty()) {
                    wrong.add(button.id() + " (" + surface + "): " + firstLine(text) + " changed " + changed);
                }
            }
        }
        assertThat(pressed).as("buttons pressed").isGreaterThan(10);
        assertThat(wrong).as("buttons another server could use").isEmpty();
        assertThat(errors.errors()).as("errors logged").isEmpty();
    }

    @Test
    @DisplayName("another member's reminder, another server's partner and an id that never existed are refused clearly")
    void staleAndForgedIds() {
        World world = new World();
        Member ana = world.as(Role.MEMBER);
        Member otto = world.as(Role.OTHER_SERVER);
        world.cora.runs("remind", "when", "in 3 days", "what", "Call Grace Church");
        Button cancel = world.cora.runs("reminders list").buttons().stream()
                .filter(b -> b.id().action().equals("cancel")).findFirst().orElseThrow();
        Button show = world.cora.runs("partner list").buttons().stream().findFirst().orElse(null);
        long grace = world.bot.app().partners().allPartners(TestBot.GUILD).stream()
                .filter(p -> p.name().equals("Grace Church")).findFirst().orElseThrow().id();
        Snapshot before = Snapshot.of(world.bot);

        assertThat(ana.pressesId(cancel.id()).plainText()).contains("I found no reminder of yours like that");
        assertThat(otto.pressesId(cancel.id()).plainText()).contains("I found no reminder of yours like that");
        assertThat(otto.runs("partner archive", "partner", "Grace Church").plainText())
                .contains("I can't find a partner called “Grace Church” in this server");
        assertThat(otto.pressesId(org.partnercoach.chat.CustomId.of("partner", "know", grace)).plainText())
                .contains("I can't find that partner in this server");
        assertThat(ana.pressesId(org.partnercoach.chat.CustomId.of("remind", "cancel", 987654, 0)).plainText())
                .contains("I found no reminder of yours like that");
        assertThat(ana.pressesId(org.partnercoach.chat.CustomId.of("walk", "next", 987654)).plainText())
                .doesNotContainPattern(FAILURE).isNotBlank();
        assertThat(ana.pressesId(org.partnercoach.chat.CustomId.of("nobody", "knows")).plainText())
                .contains("older message");
        if (show != null) {
            assertThat(otto.pressesId(show.id()).plainText()).doesNotContainPattern(FAILURE);
        }

        assertThat(Snapshot.of(world.bot).changedSince(before)).as("tables changed").isEmpty();
        assertThat(errors.errors()).as("errors logged").isEmpty();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** A coalition with two partners; "Grace Church" is looked after by olga. */
    private final class World {
        final TestBot bot = TestBot.inMemory();
        final Member cora = bot.coordinator("cora");
        final Member olga = bot.member("olga");

        World() {
            bots.add(bot);
            cora.runs("partner add", "name", "Grace Church", "sector", "faith");
            cora.runs("partner add", "name", "Eastside Food Bank", "sector", "community");
            cora.runs("partner owner", "partner", "Grace Church", "member", String.valueOf(olga.id()));
            cora.runs("partner know", "partner", "Grace Church");
        }

        Member as(Role role) {
            return switch (role) {
                case MEMBER -> bot.member("ana");
                case OWNER -> olga;
                case COORDINATOR -> cora;
                case ADMIN -> bot.coordinator("adam");
                case OTHER_SERVER -> bot.memberOfOtherServer("otto");
            };
        }

        String[] optionsFor(String path, CommandSpec leaf) {
            List<String> pairs = new ArrayList<>();
            for (OptionSpec option : leaf.options()) {
                String value = switch (path + " " + option.name()) {
                    case "partner edit name", "partner edit contact", "partner edit cadence",
                         "partner edit sector" -> null;
                    case "coach setup clear", "coach setup channel", "coach setup role" -> null;
                    // a channel, or clear it: not both
                    case "digest setup clear" -> null;
                    // another member than its owner: handing it to whoever has it already changes nothing
                    case "partner owner member" -> String.valueOf(bot.member("mo").id());
                    case "reminders cancel reminder" -> "Coffee";
                    case "partner log when" -> "yesterday";
                    default -> OptionValues.plausible(option, olga, false);
                };
                if (value != null) {
                    pairs.add(option.name());
                    pairs.add(value);
                }
            }
            return pairs.toArray(String[]::new);
        }
    }

    /** The catalogue, read once from a bot of its own. */
    private final class TestBotCatalogue {
        Map<String, CommandSpec> leaves() {
            TestBot bot = TestBot.inMemory();
            bots.add(bot);
            return bot.app().router().catalogue().leaves();
        }
    }
}

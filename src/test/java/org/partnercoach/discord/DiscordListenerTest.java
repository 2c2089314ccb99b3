package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.HomeServer;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Surface;
import org.partnercoach.support.ErrorLogWatch;

/** JDA's events mocked (public interfaces only): what the adapter hands the router, and what it sends back. */
@DisplayName("The Discord listener maps events to the chat model and answers the way Discord expects")
class DiscordListenerTest {

    static final long GUILD = 1001;
    static final long CHANNEL = 3003;
    static final long ALICE = 4004;
    static final long CHOSEN_ROLE = 5005;

    private final Scripted feature = new Scripted();
    private DiscordListener listener;

    @BeforeEach
    void setUp() {
        Router router = new Router(List.of(feature), new InMemoryHomes());
        listener = new DiscordListener(router, "Coordinator", guildId -> guildId == GUILD ? CHOSEN_ROLE : 0, false,
                () -> { }, () -> { });
    }

    // --- shards ---------------------------------------------------------------------------------------------

    @Test
    @DisplayName("global commands are registered once, by shard 0; every shard that becomes ready is counted")
    void globalCommandsFromShardZero() {
        Router router = new Router(List.of(feature), new InMemoryHomes());
        java.util.concurrent.atomic.AtomicInteger ready = new java.util.concurrent.atomic.AtomicInteger();
        DiscordListener global = new DiscordListener(router, "Coordinator", guildId -> 0, true,
                ready::incrementAndGet, () -> { });
        net.dv8tion.jda.api.JDA shardZero = shard(0, 2);
        net.dv8tion.jda.api.JDA shardOne = shard(1, 2);

        global.onReady(readyOn(shardOne));
        global.onReady(readyOn(shardZero));

        verify(shardOne, never()).updateCommands();
        verify(shardZero).updateCommands();
        assertThat(ready).hasValue(2);
    }

    @Test
    @DisplayName("a server's commands are registered once per run: a connection recreated after a long outage, "
            + "which makes every server ready again, asks Discord for nothing; one that failed is tried again, and a "
            + "server that adds the bot back gets them again")
    void serverCommandsOncePerRun() {
        Guild server = mock(Guild.class);
        when(server.getIdLong()).thenReturn(GUILD);
        when(server.getId()).thenReturn(String.valueOf(GUILD));
        var registration = mock(net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction.class, RETURNS_SELF);
        when(server.updateCommands()).thenReturn(registration);
        boolean[] fails = {true};
        org.mockito.Mockito.doAnswer(call -> {
            if (fails[0]) {
                call.<java.util.function.Consumer<Throwable>>getArgument(1).accept(new IllegalStateException("down"));
            } else {
                call.<java.util.function.Consumer<List<Command>>>getArgument(0).accept(List.of());
            }
            return null;
        }).when(registration).queue(any(), any());
        var ready = new net.dv8tion.jda.api.events.guild.GuildReadyEvent(mock(net.dv8tion.jda.api.JDA.class), 1,
                server);

        ErrorLogWatch errors = ErrorLogWatch.attach();
        try {
            // WHEN the first registration fails, and the server is ready again (a recreated connection)
            listener.onGuildReady(ready);
            fails[0] = false;
            listener.onGuildReady(ready);
            // THEN it is tried again, and once it went through, a third ready asks for nothing
            listener.onGuildReady(ready);
            verify(server, org.mockito.Mockito.times(2)).updateCommands();
            assertThat(errors.errors()).singleElement().asString().contains("could not register the commands");
        } finally {
            errors.detach();
        }

        // WHEN the server removes the bot and adds it back, its commands are registered again
        listener.onGuildLeave(new net.dv8tion.jda.api.events.guild.GuildLeaveEvent(
                mock(net.dv8tion.jda.api.JDA.class), 2, server));
        listener.onGuildReady(ready);
        verify(server, org.mockito.Mockito.times(3)).updateCommands();
    }

    @Test
    @DisplayName("the global commands are registered once per run too, whatever number of times shard 0 is ready")
    void globalCommandsOncePerRun() {
        Router router = new Router(List.of(feature), new InMemoryHomes());
        DiscordListener global = new DiscordListener(router, "Coordinator", guildId -> 0, true, () -> { }, () -> { });
        net.dv8tion.jda.api.JDA shardZero = shard(0, 1);
        var registration = shardZero.updateCommands();
        org.mockito.Mockito.doAnswer(call -> {
            call.<java.util.function.Consumer<List<Command>>>getArgument(0).accept(List.of());
            return null;
        }).when(registration).queue(any(), any());

        global.onReady(readyOn(shardZero));
        global.onReady(readyOn(shardZero));

        // one call above, to reach the mock's registration, and one by the listener
        verify(shardZero, org.mockito.Mockito.times(2)).updateCommands();
    }

    @Test
    @DisplayName("on ready, before the scheduler starts, the servers the shard is in are noted, those Discord lists "
            + "as unavailable for a while among them: a server it has data of that is missing removed the bot")
    void serversNotedOnReady() {
        // GIVEN shard 1 of 2 is in one server, and another is unavailable for a while
        long available = (1L << 22) + 5;
        long unavailable = (3L << 22) + 7;
        long ofShardZero = (2L << 22) + 9;
        List<String> happened = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Set<Long>> present = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<java.util.function.LongPredicate> ours =
                new java.util.concurrent.atomic.AtomicReference<>();
        HomeServer homes = new InMemoryHomes() {
            @Override
            public void botIn(Set<Long> in, java.util.function.LongPredicate shardOf) {
                happened.add("servers noted");
                present.set(in);
                ours.set(shardOf);
            }
        };
        DiscordListener listener = new DiscordListener(new Router(List.of(feature), homes), "Coordinator",
                guildId -> 0, false, () -> happened.add("scheduler started"), () -> { });
        net.dv8tion.jda.api.JDA shard = shard(1, 2);
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(available);
        when(shard.getGuilds()).thenReturn(List.of(guild));
        when(shard.getUnavailableGuilds()).thenReturn(Set.of(String.valueOf(unavailable)));

        // WHEN it is ready
        listener.onReady(readyOn(shard));

        // THEN both servers count as present, only this shard's servers are compared, before the scheduler starts
        assertThat(present.get()).containsExactlyInAnyOrder(available, unavailable);
        assertThat(ours.get().test(available)).isTrue();
        assertThat(ours.get().test(ofShardZero)).as("another shard's server").isFalse();
        assertThat(happened).containsExactly("servers noted", "scheduler started");
    }

    @Test
    @DisplayName("after a disconnect too long to resume (the session recreated, the events in between lost), the "
            + "servers are noted again from the rebuilt cache: one removed meanwhile is missing; the scheduler is not "
            + "started twice")
    void serversNotedAgainWhenTheSessionIsRecreated() {
        // GIVEN the bot was ready in two servers
        long stays = (1L << 22) + 5;
        long removedMeanwhile = (3L << 22) + 7;
        List<String> happened = new ArrayList<>();
        List<Set<Long>> noted = new ArrayList<>();
        HomeServer homes = new InMemoryHomes() {
            @Override
            public void botIn(Set<Long> in, java.util.function.LongPredicate shardOf) {
                happened.add("servers noted");
                noted.add(in);
            }
        };
        DiscordListener listener = new DiscordListener(new Router(List.of(feature), homes), "Coordinator",
                guildId -> 0, false, () -> happened.add("scheduler started"), () -> { });
        net.dv8tion.jda.api.JDA shard = shard(0, 1);
        Guild staying = mock(Guild.class);
        when(staying.getIdLong()).thenReturn(stays);
        Guild leaving = mock(Guild.class);
        when(leaving.getIdLong()).thenReturn(removedMeanwhile);
        when(shard.getGuilds()).thenReturn(List.of(staying, leaving));
        when(shard.getUnavailableGuilds()).thenReturn(Set.of());
        listener.onReady(readyOn(shard));

        // WHEN the connection is lost for long, one server removes the bot meanwhile, and the session is recreated
        when(shard.getGuilds()).thenReturn(List.of(staying));
        var recreated = mock(net.dv8tion.jda.api.events.session.SessionRecreateEvent.class);
        when(recreated.getJDA()).thenReturn(shard);
        listener.onSessionRecreate(recreated);

        // THEN the servers are noted again, without the one that removed the bot
        assertThat(noted).hasSize(2);
        assertThat(noted.get(1)).containsExactly(stays);
        assertThat(happened).containsExactly("servers noted", "scheduler started", "servers noted");
    }

    private static net.dv8tion.jda.api.events.session.ReadyEvent readyOn(net.dv8tion.jda.api.JDA shard) {
        var event = mock(net.dv8tion.jda.api.events.session.ReadyEvent.class);
        when(event.getJDA()).thenReturn(shard);
        return event;
    }

    private static net.dv8tion.jda.api.JDA shard(int id, int total) {
        net.dv8tion.jda.api.JDA jda = mock(net.dv8tion.jda.api.JDA.class);
        when(jda.getShardInfo()).thenReturn(new net.dv8tion.jda.api.JDA.ShardInfo(id, total));
        net.dv8tion.jda.api.entities.SelfUser self = mock(net.dv8tion.jda.api.entities.SelfUser.class);
        when(self.getName()).thenReturn("PartnerCoach");
        when(jda.getSelfUser()).thenReturn(self);
        when(jda.updateCommands()).thenReturn(mock(
                net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction.class, RETURNS_SELF));
        return jda;
    }

    // --- slash commands -------------------------------------------------------------------------------------

    @Test
    @DisplayName("a slash command reaches the feature with its path, options and caller; the reply is ephemeral")
    void slashCommand() {
        feature.answer = in -> Reply.text("Tip 2 of 5");
        SlashCommandInteractionEvent event = slash("coach tip", option("number", "2"));
        ReplyCallbackAction reply = replyOn(event);

        listener.onSlashCommandInteraction(event);

        Inbound.Command command = (Inbound.Command) feature.last();
        assertThat(command.path()).isEqualTo("coach tip");
        assertThat(command.options()).containsEntry("number", "2");
        assertThat(command.caller().guildId()).isEqualTo(GUILD);
        assertThat(command.caller().channelId()).isEqualTo(CHANNEL);
        assertThat(command.caller().userId()).isEqualTo(ALICE);
        assertThat(command.caller().displayName()).isEqualTo("Alice");
        assertThat(command.caller().coordinator()).isFalse();
        assertThat(command.caller().surface()).isEqualTo(Surface.SERVER);
        assertThat(sentContent(event)).isEqualTo("Tip 2 of 5");
        verify(reply).setEphemeral(true);
        verify(reply).queue(any(), any());
    }

    @Test
    @DisplayName("a slash command carries the permissions the bot lacks in its channel, so a feature can refuse early")
    void botLacksPermissions() {
        SlashCommandInteractionEvent event = slash("coach start");
        replyOn(event);
        net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion channel =
                mock(net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion.class);
        org.mockito.Mockito.doReturn(channel).when(event).getGuildChannel();
        net.dv8tion.jda.api.entities.SelfMember self = mock(net.dv8tion.jda.api.entities.SelfMember.class);
        org.mockito.Mockito.doAnswer(call -> call.getArgument(1) != net.dv8tion.jda.api.Permission.CREATE_PUBLIC_THREADS)
                .when(self).hasPermission(org.mockito.ArgumentMatchers.eq(channel),
                        any(net.dv8tion.jda.api.Permission.class));
        Guild guild = event.getGuild();
        org.mockito.Mockito.doReturn(self).when(guild).getSelfMember();

        listener.onSlashCommandInteraction(event);

        Inbound.Command command = (Inbound.Command) feature.last();
        assertThat(command.botLacks()).containsExactly(org.partnercoach.chat.Capability.CREATE_PUBLIC_THREADS);
    }

    @Test
    @DisplayName("a reply made public by the feature is not ephemeral")
    void publicReply() {
        feature.answer = in -> Reply.text("Welcome, everyone").inPublic();
        SlashCommandInteractionEvent event = slash("coach start");
        ReplyCallbackAction reply = replyOn(event);

        listener.onSlashCommandInteraction(event);

        verify(reply).setEphemeral(false);
    }

    @Test
    @DisplayName("a slow command is deferred (ephemeral) first, then its answer replaces the 'thinking' message")
    void slowCommandIsDeferred() {
        feature.answer = in -> Reply.text("Here is your export");
        SlashCommandInteractionEvent event = slash("coach export");
        ReplyCallbackAction deferral = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply(true)).thenReturn(deferral);
        InteractionHook hook = mock(InteractionHook.class);
        @SuppressWarnings("unchecked")
        WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        when(event.getHook()).thenReturn(hook);

        listener.onSlashCommandInteraction(event);

        verify(event).deferReply(true);
        verify(deferral).queue(any(), any());
        ArgumentCaptor<MessageEditData> answer = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook).editOriginal(answer.capture());
        assertThat(answer.getValue().getContent()).isEqualTo("Here is your export");
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("Manage Server, the role chosen in /coach setup, or a role named like the configured one makes a coordinator")
    void coordinators() {
        SlashCommandInteractionEvent byRole = slash("coach start");
        Role role = mock(Role.class);
        when(role.getName()).thenReturn("coordinator");
        when(byRole.getMember().getRoles()).thenReturn(List.of(role));
        replyOn(byRole);
        listener.onSlashCommandInteraction(byRole);
        assertThat(feature.last().caller().coordinator()).isTrue();

        SlashCommandInteractionEvent byChosenRole = slash("coach start");
        Role chosen = mock(Role.class);
        when(chosen.getName()).thenReturn("Outreach leads");
        when(chosen.getIdLong()).thenReturn(CHOSEN_ROLE);
        when(byChosenRole.getMember().getRoles()).thenReturn(List.of(chosen));
        replyOn(byChosenRole);
        listener.onSlashCommandInteraction(byChosenRole);
        assertThat(feature.last().caller().coordinator()).as("the role chosen in /coach setup").isTrue();

        SlashCommandInteractionEvent otherRole = slash("coach start");
        Role other = mock(Role.class);
        when(other.getName()).thenReturn("Volunteers");
        when(other.getIdLong()).thenReturn(6006L);
        when(otherRole.getMember().getRoles()).thenReturn(List.of(other));
        replyOn(otherRole);
        listener.onSlashCommandInteraction(otherRole);
        assertThat(feature.last().caller().coordinator()).as("any other role").isFalse();

        SlashCommandInteractionEvent byPermission = slash("coach start");
        when(byPermission.getMember().hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
        replyOn(byPermission);
        listener.onSlashCommandInteraction(byPermission);
        assertThat(feature.last().caller().coordinator()).isTrue();
    }

    @Test
    @DisplayName("a command in a thread comes from the THREAD surface")
    void threadSurface() {
        SlashCommandInteractionEvent event = slash("coach start");
        when(event.getChannelType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        replyOn(event);

        listener.onSlashCommandInteraction(event);

        assertThat(feature.last().caller().surface()).isEqualTo(Surface.THREAD);
    }

    @Test
    @DisplayName("a member option naming someone who is not in the server (no member object came with it) is "
            + "refused kindly by a command that hands them something; a member or a bot is told apart")
    void pickedUserNotInTheServer() {
        feature.answer = in -> {
            ((Inbound.Command) in).requirePerson("member", "look after a partner: it can't meet them",
                    "a member of the coalition", "/partner owner partner:\"Food Bank\" member:@ana");
            return Reply.text("Done: handed over");
        };
        // GIVEN dana left the server: Discord sends her user object with the command, but no member object
        SlashCommandInteractionEvent toDana = slash("coach start", userOption("member", 8008, "dana_*", false, false));
        ReplyCallbackAction refusal = replyOn(toDana);

        // WHEN alice picks her
        listener.onSlashCommandInteraction(toDana);

        // THEN alice is told, privately, that dana isn't in the server, whom to pick, and that nothing changed
        Inbound.Command command = (Inbound.Command) feature.last();
        assertThat(command.namesOutsider("member")).contains("dana_*");
        assertThat(command.namesBot("member")).isFalse();
        assertThat(sentContent(toDana)).isEqualTo("**dana\\_\\*** isn't a member of this server (they may have left "
                + "it), so they would never see it here. Pick a member of the coalition, for example `/partner owner "
                + "partner:\"Food Bank\" member:@ana`, or invite them back first. Nothing was changed.");
        verify(refusal).setEphemeral(true);

        // AND bea, a member, is handed it
        SlashCommandInteractionEvent toBea = slash("coach start", userOption("member", 9009, "bea", false, true));
        replyOn(toBea);
        listener.onSlashCommandInteraction(toBea);
        assertThat(((Inbound.Command) feature.last()).namesOutsider("member")).isEmpty();
        assertThat(sentContent(toBea)).isEqualTo("Done: handed over");

        // AND a bot account that is in the server is refused as a bot
        SlashCommandInteractionEvent toBot = slash("coach start", userOption("member", 7007, "Helper", true, true));
        replyOn(toBot);
        listener.onSlashCommandInteraction(toBot);
        assertThat(sentContent(toBot)).startsWith("A bot can't look after a partner");
    }

    @Test
    @DisplayName("in a DM nobody named in an option counts as outside the server: there is no server to be in")
    void pickedUserInADm() {
        SlashCommandInteractionEvent event = slash("coach start", userOption("member", 8008, "dana", false, false));
        when(event.getGuild()).thenReturn(null);
        when(event.getMember()).thenReturn(null);
        replyOn(event);

        listener.onSlashCommandInteraction(event);

        assertThat(((Inbound.Command) feature.last()).outsiders()).isEmpty();
    }

    @Test
    @DisplayName("a failure in a feature becomes a friendly ephemeral answer with a reference code")
    void featureFailure() {
        feature.answer = in -> {
            throw new IllegalStateException("boom");
        };
        SlashCommandInteractionEvent event = slash("coach start");
        ReplyCallbackAction reply = replyOn(event);

        listener.onSlashCommandInteraction(event);

        assertThat(sentContent(event)).startsWith("Sorry, something went wrong").containsPattern("`[A-Z2-9]{6}`");
        verify(reply).setEphemeral(true);
    }

    @Test
    @DisplayName("a handler whose reading of a line overflows the stack (a pattern repeated once per emoji of a long"
            + " line) answers as any failure does, and JDA's thread lives on for the next event")
    void stackOverflowInAFeature() {
        feature.answer = in -> {
            throw new StackOverflowError();
        };
        SlashCommandInteractionEvent event = slash("coach start");
        ReplyCallbackAction reply = replyOn(event);

        listener.onSlashCommandInteraction(event);

        assertThat(sentContent(event)).startsWith("Sorry, something went wrong").containsPattern("`[A-Z2-9]{6}`");
        verify(reply).setEphemeral(true);
        feature.answer = in -> Reply.text("Tip 1 of 5");
        SlashCommandInteractionEvent next = slash("coach start");
        replyOn(next);
        listener.onSlashCommandInteraction(next);
        assertThat(sentContent(next)).isEqualTo("Tip 1 of 5");
    }

    @Test
    @DisplayName("a failure in the adapter itself is also told to the member, not lost on JDA's thread")
    void adapterFailure() {
        SlashCommandInteractionEvent event = slash("coach start");
        when(event.getOptions()).thenThrow(new IllegalStateException("unreadable payload"));
        ReplyCallbackAction reply = replyOn(event);

        listener.onSlashCommandInteraction(event);

        assertThat(sentContent(event)).startsWith("Sorry, something went wrong");
        verify(reply).setEphemeral(true);
    }

    // --- buttons, menus, forms ------------------------------------------------------------------------------

    @Test
    @DisplayName("a button's custom id reaches the feature; an update edits the message the button was on")
    void buttonUpdatesItsMessage() {
        feature.answer = in -> Reply.text("Skipped. Question 2 of 4").replacingMessage();
        ButtonInteractionEvent event = inGuild(mock(ButtonInteractionEvent.class));
        when(event.getComponentId()).thenReturn("walk:skip:812:q1");
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(event.editMessage(any(MessageEditData.class))).thenReturn(edit);

        listener.onButtonInteraction(event);

        Inbound.ButtonPress press = (Inbound.ButtonPress) feature.last();
        assertThat(press.customId()).isEqualTo(CustomId.of("walk", "skip", 812, "q1"));
        ArgumentCaptor<MessageEditData> sent = ArgumentCaptor.forClass(MessageEditData.class);
        verify(event).editMessage(sent.capture());
        assertThat(sent.getValue().getContent()).isEqualTo("Skipped. Question 2 of 4");
        verify(edit).queue(any(), any());
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("a form whose field hint is blank (a curriculum's hint: \"\") still opens, with no hint in the field, "
            + "instead of failing with 'something went wrong'")
    void blankHintStillOpens() throws Exception {
        feature.answer = in -> Reply.form(new Form(CustomId.of("walk", "answered", 812, "q1"), "Tip 1 of 5",
                List.of(Form.Input.paragraph("answer", "Your answer", 4000).withPlaceholder(" "))));
        ButtonInteractionEvent event = inGuild(mock(ButtonInteractionEvent.class));
        when(event.getComponentId()).thenReturn("walk:answer:812:q1");
        ModalCallbackAction action = mock(ModalCallbackAction.class, RETURNS_SELF);
        when(event.replyModal(any(Modal.class))).thenReturn(action);

        listener.onButtonInteraction(event);

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        var field = MessageMapperTest.json(modal.getValue()).path("components").get(0).path("component");
        assertThat(field.path("custom_id").asText()).isEqualTo("answer");
        assertThat(field.has("placeholder")).isFalse();
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("a button answered with a form opens a modal with the form's ids, labels and pre-filled text")
    void buttonOpensModal() throws Exception {
        feature.answer = in -> Reply.form(new Form(CustomId.of("walk", "answered", 812, "q1"), "Tip 1 of 5",
                List.of(Form.Input.paragraph("answer", "Your answer", 4000).prefilled("Earlier words"))));
        ButtonInteractionEvent event = inGuild(mock(ButtonInteractionEvent.class));
        when(event.getComponentId()).thenReturn("walk:answer:812:q1");
        ModalCallbackAction action = mock(ModalCallbackAction.class, RETURNS_SELF);
        when(event.replyModal(any(Modal.class))).thenReturn(action);

        listener.onButtonInteraction(event);

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        var json = MessageMapperTest.json(modal.getValue());
        assertThat(json.path("custom_id").asText()).isEqualTo("walk:answered:812:q1");
        assertThat(json.path("components").get(0).path("label").asText()).isEqualTo("Your answer");
        assertThat(json.path("components").get(0).path("component").path("value").asText())
                .isEqualTo("Earlier words");
        verify(action).queue(any(), any());
    }

    @Test
    @DisplayName("a button whose id is not ours gets the 'older message' answer")
    void unknownButton() {
        ButtonInteractionEvent event = inGuild(mock(ButtonInteractionEvent.class));
        when(event.getComponentId()).thenReturn("not-ours");
        replyOn(event);

        listener.onButtonInteraction(event);

        assertThat(feature.seen).isEmpty();
        assertThat(sentContent(event)).isEqualTo(Router.stale().text());
    }

    @Test
    @DisplayName("a menu whose id is not ours gets the 'older message' answer for a menu, not for a button")
    void unknownMenu() {
        StringSelectInteractionEvent event = inGuild(mock(StringSelectInteractionEvent.class));
        when(event.getComponentId()).thenReturn("not-ours");
        when(event.getValues()).thenReturn(List.of("12"));
        replyOn(event);

        listener.onStringSelectInteraction(event);

        assertThat(feature.seen).isEmpty();
        assertThat(sentContent(event)).startsWith("That menu belongs to an older message");
    }

    @Test
    @DisplayName("a menu choice reaches the feature with the values picked")
    void selection() {
        StringSelectInteractionEvent event = inGuild(mock(StringSelectInteractionEvent.class));
        when(event.getComponentId()).thenReturn("walk:pick:3");
        when(event.getValues()).thenReturn(List.of("12", "13"));
        replyOn(event);

        listener.onStringSelectInteraction(event);

        Inbound.Selection selection = (Inbound.Selection) feature.last();
        assertThat(selection.customId()).isEqualTo(CustomId.of("walk", "pick", 3));
        assertThat(selection.values()).containsExactly("12", "13");
    }

    @Test
    @DisplayName("a submitted form's fields reach the feature; opened from a button, it edits that message")
    void modalFromButton() {
        feature.answer = in -> Reply.text("Saved. Question 2 of 4").replacingMessage();
        ModalInteractionEvent event = modal("walk:answered:812:q1", Map.of("answer", "We'll call the food bank"));
        when(event.getMessage()).thenReturn(mock(Message.class));
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(event.editMessage(any(MessageEditData.class))).thenReturn(edit);

        listener.onModalInteraction(event);

        Inbound.ModalSubmit submit = (Inbound.ModalSubmit) feature.last();
        assertThat(submit.customId()).isEqualTo(CustomId.of("walk", "answered", 812, "q1"));
        assertThat(submit.field("answer")).isEqualTo("We'll call the food bank");
        verify(event).editMessage(any(MessageEditData.class));
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("a form opened from a command has no message to edit: its answer is a new ephemeral reply")
    void modalFromCommand() {
        feature.answer = in -> Reply.text("Updated").replacingMessage();
        ModalInteractionEvent event = modal("walk:edited:5", Map.of("answer", "new words"));
        when(event.getMessage()).thenReturn(null);
        ReplyCallbackAction reply = replyOn(event);

        listener.onModalInteraction(event);

        assertThat(sentContent(event)).isEqualTo("Updated");
        verify(reply).setEphemeral(true);
    }

    // --- autocomplete and DMs -------------------------------------------------------------------------------

    @Test
    @DisplayName("autocomplete asks the feature for suggestions and answers with them")
    void autocomplete() {
        CommandAutoCompleteInteractionEvent event = inGuild(mock(CommandAutoCompleteInteractionEvent.class));
        when(event.getFullCommandName()).thenReturn("coach find");
        when(event.getOptions()).thenReturn(List.of());
        AutoCompleteQuery focused = mock(AutoCompleteQuery.class);
        when(focused.getName()).thenReturn("name");
        when(focused.getValue()).thenReturn("east");
        when(focused.getType()).thenReturn(OptionType.STRING);
        when(event.getFocusedOption()).thenReturn(focused);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
        when(event.replyChoices(anyCollection())).thenReturn(action);

        listener.onCommandAutoCompleteInteraction(event);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Command.Choice>> choices = ArgumentCaptor.forClass(List.class);
        verify(event).replyChoices(choices.capture());
        assertThat(choices.getValue()).extracting(Command.Choice::getName).containsExactly("Eastside Food Bank");
        assertThat(((Inbound.Autocomplete) feature.last()).typed()).isEqualTo("east");
    }

    @Test
    @DisplayName("a DM from a member reaches the feature as typed text (no server yet) and is answered in the DM")
    void directMessage() {
        feature.typedAnswer = Reply.text("Saved. Next question");
        MessageReceivedEvent event = dm("We'll call the clinic", false);
        MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
        when(event.getChannel().sendMessage(any(MessageCreateData.class))).thenReturn(send);

        listener.onMessageReceived(event);

        Inbound.TypedMessage typed = (Inbound.TypedMessage) feature.last();
        assertThat(typed.text()).isEqualTo("We'll call the clinic");
        assertThat(typed.caller().surface()).isEqualTo(Surface.DM);
        assertThat(typed.caller().guildId()).isZero();
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event.getChannel()).sendMessage(sent.capture());
        assertThat(sent.getValue().getContent()).isEqualTo("Saved. Next question");
        assertThat(sent.getValue().getAllowedMentions()).isEmpty();
        verify(send).queue(any(), any());
    }

    @Test
    @DisplayName("with thread lines switched on, a line typed in a thread reaches the features, and a blank answer sends nothing")
    void threadLines() {
        Router router = new Router(List.of(feature), new InMemoryHomes());
        DiscordListener reading = new DiscordListener(router, "Coordinator", guildId -> 0, false, () -> { },
                () -> { }, true);
        feature.typedAnswer = Reply.text("");
        MessageReceivedEvent inThread = dm("The food council", false);
        when(inThread.isFromGuild()).thenReturn(true);
        when(inThread.getChannelType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(GUILD);
        when(inThread.getMessage().getGuild()).thenReturn(guild);

        reading.onMessageReceived(inThread);
        listener.onMessageReceived(inThread);

        assertThat(feature.seen).hasSize(1);
        Inbound.TypedMessage typed = (Inbound.TypedMessage) feature.last();
        assertThat(typed.caller().surface()).isEqualTo(Surface.THREAD);
        assertThat(typed.caller().guildId()).isEqualTo(GUILD);
        assertThat(typed.caller().channelId()).isEqualTo(9009L);
        verify(inThread.getChannel(), never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("messages from bots, and messages in server channels, are left alone")
    void ignoredMessages() {
        listener.onMessageReceived(dm("beep", true));
        MessageReceivedEvent inServer = dm("hello", false);
        when(inServer.isFromGuild()).thenReturn(true);
        listener.onMessageReceived(inServer);

        assertThat(feature.seen).isEmpty();
    }

    // --- a server that added the app without its bot user ------------------------------------------------------

    @Test
    @DisplayName("in a server the bot has not joined, coaching works and Manage Server is read from the interaction")
    void notJoinedServerCoaching() {
        ErrorLogWatch errors = ErrorLogWatch.attach();
        try {
            SlashCommandInteractionEvent event = notJoined(slash("coach start"), true);
            replyOn(event);

            listener.onSlashCommandInteraction(event);

            assertThat(feature.last().caller().coordinator()).as("Manage Server in the channel").isTrue();
            assertThat(feature.last().caller().guildId()).isEqualTo(GUILD);
            assertThat(sentContent(event)).isEqualTo("ok");

            SlashCommandInteractionEvent member = notJoined(slash("coach tip", option("number", "2")), false);
            replyOn(member);
            listener.onSlashCommandInteraction(member);
            assertThat(feature.last().caller().coordinator()).isFalse();
            assertThat(errors.errors()).isEmpty();
        } finally {
            errors.detach();
        }
    }

    @Test
    @DisplayName("in a server the bot has not joined, the rest answers with what works there and the invitation")
    void notJoinedServerInvitation() {
        ErrorLogWatch errors = ErrorLogWatch.attach();
        try {
            SlashCommandInteractionEvent event = notJoined(slash("coach find", option("name", "x")), true);
            net.dv8tion.jda.api.JDA jda = mock(net.dv8tion.jda.api.JDA.class);
            net.dv8tion.jda.api.entities.SelfUser self = mock(net.dv8tion.jda.api.entities.SelfUser.class);
            when(self.getApplicationId()).thenReturn("777");
            when(jda.getSelfUser()).thenReturn(self);
            when(event.getJDA()).thenReturn(jda);
            ReplyCallbackAction reply = replyOn(event);

            listener.onSlashCommandInteraction(event);

            assertThat(feature.seen).as("nothing reaches the features").isEmpty();
            String said = sentContent(event);
            assertThat(said).contains("not a member of this server", "`/coach start`", "Manage Server",
                    "client_id=777&scope=bot+applications.commands", "Nothing was changed")
                    .doesNotContain("something went wrong");
            verify(reply).setEphemeral(true);
            assertThat(errors.errors()).as("an expected case logs no error").isEmpty();
        } finally {
            errors.detach();
        }
    }

    /** What JDA hands over from a server it is not in: a detached guild and member, permissions per channel only. */
    private static <T extends Interaction> T notJoined(T event, boolean manageServer) {
        Guild guild = event.getGuild();
        when(guild.isDetached()).thenReturn(true);
        when(guild.getId()).thenReturn(String.valueOf(GUILD));
        Member member = event.getMember();
        when(member.isDetached()).thenReturn(true);
        when(member.hasPermission(any(Permission[].class)))
                .thenThrow(new net.dv8tion.jda.api.exceptions.DetachedEntityException());
        when(member.getRoles()).thenThrow(new net.dv8tion.jda.api.exceptions.DetachedEntityException());
        net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion channel =
                mock(net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion.class);
        when(event.getGuildChannel()).thenReturn(channel);
        when(member.hasPermission(channel, Permission.MANAGE_SERVER)).thenReturn(manageServer);
        return event;
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static <T extends Interaction> T inGuild(T event) {
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(GUILD);
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(ALICE);
        when(user.getEffectiveName()).thenReturn("alice");
        Member member = mock(Member.class);
        when(member.getEffectiveName()).thenReturn("Alice");
        when(member.getRoles()).thenReturn(List.of());
        when(event.getGuild()).thenReturn(guild);
        when(event.getUser()).thenReturn(user);
        when(event.getMember()).thenReturn(member);
        when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        when(event.getChannelIdLong()).thenReturn(CHANNEL);
        return event;
    }

    private static SlashCommandInteractionEvent slash(String path, OptionMapping... options) {
        SlashCommandInteractionEvent event = inGuild(mock(SlashCommandInteractionEvent.class));
        when(event.getFullCommandName()).thenReturn(path);
        when(event.getOptions()).thenReturn(List.of(options));
        return event;
    }

    private static OptionMapping option(String name, String value) {
        OptionMapping option = mock(OptionMapping.class);
        when(option.getName()).thenReturn(name);
        when(option.getAsString()).thenReturn(value);
        return option;
    }

    /** A user option as JDA reads it: the user Discord sent with the command, and their member object if any. */
    private static OptionMapping userOption(String name, long id, String userName, boolean bot, boolean member) {
        OptionMapping option = option(name, String.valueOf(id));
        when(option.getType()).thenReturn(OptionType.USER);
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.getEffectiveName()).thenReturn(userName);
        when(user.isBot()).thenReturn(bot);
        when(option.getAsUser()).thenReturn(user);
        when(option.getAsMember()).thenReturn(member ? mock(Member.class) : null);
        return option;
    }

    private static ModalInteractionEvent modal(String id, Map<String, String> fields) {
        ModalInteractionEvent event = inGuild(mock(ModalInteractionEvent.class));
        when(event.getModalId()).thenReturn(id);
        List<ModalMapping> values = new ArrayList<>();
        fields.forEach((field, value) -> {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getCustomId()).thenReturn(field);
            when(mapping.getAsString()).thenReturn(value);
            values.add(mapping);
        });
        when(event.getValues()).thenReturn(values);
        return event;
    }

    private static MessageReceivedEvent dm(String text, boolean fromBot) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User author = mock(User.class);
        when(author.getIdLong()).thenReturn(ALICE);
        when(author.getEffectiveName()).thenReturn("alice");
        when(author.isBot()).thenReturn(fromBot);
        Message message = mock(Message.class);
        when(message.getAuthor()).thenReturn(author);
        when(message.getContentRaw()).thenReturn(text);
        when(message.getChannelIdLong()).thenReturn(9009L);
        when(event.isFromGuild()).thenReturn(false);
        when(event.getAuthor()).thenReturn(author);
        when(event.getMessage()).thenReturn(message);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(event.getChannel()).thenReturn(channel);
        return event;
    }

    private static ReplyCallbackAction replyOn(net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event) {
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        return reply;
    }

    private static String sentContent(net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event) {
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(sent.capture());
        assertThat(sent.getValue().getAllowedMentions()).as("no mention types parsed").isEmpty();
        return sent.getValue().getContent();
    }

    /** A feature whose answers the test scripts, and which remembers what reached it. */
    private static final class Scripted implements Feature {
        final List<Inbound> seen = new ArrayList<>();
        Function<Inbound, Reply> answer = in -> Reply.text("ok");
        Reply typedAnswer = Reply.text("ok");

        Inbound last() {
            assertThat(seen).as("events that reached the feature").isNotEmpty();
            return seen.get(seen.size() - 1);
        }

        @Override
        public List<CommandSpec> commands() {
            return List.of(CommandSpec.group("coach", "Coaching",
                    CommandSpec.leaf("start", "Begin"),
                    CommandSpec.leaf("tip", "A tip", OptionSpec.integer("number", "Which", 1, 5)),
                    CommandSpec.leaf("find", "Find", OptionSpec.text("name", "Name").withAutocomplete()),
                    CommandSpec.leaf("export", "Export everything").deferred()));
        }

        @Override
        public Set<String> componentPrefixes() {
            return Set.of("walk");
        }

        @Override
        public Reply onCommand(Inbound.Command command) {
            seen.add(command);
            return answer.apply(command);
        }

        @Override
        public Reply onButton(Inbound.ButtonPress press) {
            seen.add(press);
            return answer.apply(press);
        }

        @Override
        public Reply onSelect(Inbound.Selection selection) {
            seen.add(selection);
            return answer.apply(selection);
        }

        @Override
        public Reply onModal(Inbound.ModalSubmit submit) {
            seen.add(submit);
            return answer.apply(submit);
        }

        @Override
        public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
            seen.add(request);
            return List.of(new OptionSpec.Choice("Eastside Food Bank", "12"));
        }

        @Override
        public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
            seen.add(message);
            return Optional.of(typedAnswer);
        }
    }

    private static class InMemoryHomes implements HomeServer {
        private final Map<Long, Long> homes = new HashMap<>();

        @Override
        public long homeOf(long userId) {
            return homes.getOrDefault(userId, 0L);
        }

        @Override
        public void remember(long userId, long guildId) {
            homes.put(userId, guildId);
        }
    }
}

package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.cache.ShardCacheView;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Messenger.Delivery;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.config.Shards;

/**
 * What a send that Discord (or the way to it) did not take says: the kind of trouble, and why in words a coordinator
 * reads in {@code /coach status}, never an exception's text. JDA's public interfaces are mocked; its exceptions are
 * the real ones, built as JDA builds them from an answer or a failed connection.
 */
@DisplayName("A send Discord did not take: the kind of trouble, in plain words")
class JdaMessengerFailuresTest {

    static final long GUILD = 1001;
    static final long CHANNEL = 555;

    private final ShardManager shards = mock(ShardManager.class);
    /** What the next send gets back from JDA. */
    private CompletableFuture<Message> answer = new CompletableFuture<>();

    @SuppressWarnings("unchecked")
    JdaMessengerFailuresTest() {
        JDA jda = mock(JDA.class);
        ShardCacheView cache = mock(ShardCacheView.class);
        when(shards.getShardCache()).thenReturn(cache);
        when(cache.stream()).thenAnswer(call -> Stream.of(jda));
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(jda.openPrivateChannelById(anyLong())).thenReturn(open);
        RestAction<Message> dm = mock(RestAction.class);
        when(open.flatMap(any(Function.class))).thenReturn(dm);
        when(dm.submit()).thenAnswer(call -> answer);

        GuildMessageChannel channel = mock(GuildMessageChannel.class);
        Guild guild = mock(Guild.class);
        SelfMember self = mock(SelfMember.class);
        when(shards.getChannelById(GuildMessageChannel.class, CHANNEL)).thenReturn(channel);
        when(channel.getGuild()).thenReturn(guild);
        when(channel.getType()).thenReturn(ChannelType.TEXT);
        when(guild.getIdLong()).thenReturn(GUILD);
        when(guild.getSelfMember()).thenReturn(self);
        when(self.hasPermission(eq((GuildChannel) channel), any(Permission.class))).thenReturn(true);
        MessageCreateAction post = mock(MessageCreateAction.class);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(post);
        when(post.setNonce(anyString())).thenReturn(post);
        when(post.submit()).thenAnswer(call -> answer);
    }

    private Delivery dm(Duration timeout) {
        JdaMessenger messenger = new JdaMessenger(timeout, Shards.ALL);
        messenger.connect(shards, new CoordinatorRule("Coordinator", guildId -> 0));
        return messenger.sendDirect(42, Reply.text("Call Eastside"), "pc1");
    }

    private Delivery dm() {
        return dm(Duration.ofSeconds(10));
    }

    private Delivery post() {
        JdaMessenger messenger = new JdaMessenger(Duration.ofSeconds(10), Shards.ALL);
        messenger.connect(shards, new CoordinatorRule("Coordinator", guildId -> 0));
        return messenger.post(GUILD, CHANNEL, Reply.text("Call Eastside"), "pc1");
    }

    private void failsWith(Throwable why) {
        answer = CompletableFuture.failedFuture(why);
    }

    /** What JDA makes of an HTTP answer from Discord with this status and error code. */
    private static ErrorResponseException answered(int status, ErrorResponse why) {
        return ErrorResponseException.create(why, new Response(null, status, "", 0, Set.of()));
    }

    /** What JDA makes of a request that never got an answer: the connection's exception, wrapped. */
    private static ErrorResponseException noConnection(Exception io) {
        return ErrorResponseException.create(ErrorResponse.SERVER_ERROR, new Response(io, Set.of()));
    }

    private static void plain(Delivery d, SendTrouble trouble, String words) {
        assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(d.trouble()).isEqualTo(trouble);
        assertThat(d.detail()).isEqualTo(words).doesNotContain("Exception", "net.", "java.", "PT");
    }

    @Test
    @DisplayName("no answer within the wait: a timeout, said in seconds")
    void timeout() {
        plain(dm(Duration.ofMillis(1200)), SendTrouble.TIMEOUT, "Discord did not answer within 1 second");
    }

    @Test
    @DisplayName("the connection timed out on the way: a timeout too")
    void socketTimeout() {
        failsWith(noConnection(new SocketTimeoutException("timeout")));
        plain(dm(), SendTrouble.TIMEOUT, "Discord did not answer in time");
    }

    @Test
    @DisplayName("Discord's name could not be looked up, or the connection was refused: the network")
    void network() {
        failsWith(noConnection(new UnknownHostException("discord.com")));
        plain(dm(), SendTrouble.NETWORK, "the bot could not reach Discord");
        failsWith(noConnection(new java.net.ConnectException("Connection refused")));
        plain(dm(), SendTrouble.NETWORK, "the bot could not reach Discord");
    }

    @Test
    @DisplayName("Discord answered 500 or 503: a problem on its side")
    void discordError() {
        failsWith(answered(500, ErrorResponse.SERVER_ERROR));
        plain(dm(), SendTrouble.DISCORD_ERROR, "Discord had a problem on its side");
        failsWith(answered(503, ErrorResponse.SERVER_ERROR));
        plain(post(), SendTrouble.DISCORD_ERROR, "Discord had a problem on its side");
    }

    @Test
    @DisplayName("Discord answered 429 past what JDA waits for: slowed down")
    void rateLimited() {
        failsWith(answered(429, ErrorResponse.SERVER_ERROR));
        plain(dm(), SendTrouble.RATE_LIMITED, "Discord asked the bot to slow down");
    }

    @Test
    @DisplayName("a post Discord refused for a missing permission (50013) names the channel")
    void missingPermissions() {
        failsWith(answered(403, ErrorResponse.MISSING_PERMISSIONS));
        plain(post(), SendTrouble.MISSING_PERMISSIONS, "the bot lacks a permission it needs in <#555>");
        failsWith(answered(403, ErrorResponse.MISSING_ACCESS));
        plain(post(), SendTrouble.MISSING_PERMISSIONS, "the bot lacks a permission it needs in <#555>");
    }

    @Test
    @DisplayName("a post in a channel Discord no longer knows (10003): the channel is gone")
    void unknownChannel() {
        failsWith(answered(404, ErrorResponse.UNKNOWN_CHANNEL));
        plain(post(), SendTrouble.CHANNEL_GONE, "<#555> was deleted, or the bot can't see it");
    }

    @Test
    @DisplayName("a member who blocks DMs from the bot (50007) is told apart, as before")
    void dmsClosed() {
        failsWith(answered(403, ErrorResponse.CANNOT_SEND_TO_USER));
        Delivery d = dm();
        assertThat(d.status()).isEqualTo(Delivery.Status.DM_CLOSED);
        assertThat(d.trouble()).isEqualTo(SendTrouble.DMS_CLOSED);
    }

    @Test
    @DisplayName("a voice channel saved as the reminder or digest channel before the options offered text channels "
            + "only: flagged as unusable, and nothing is posted in its chat")
    void voiceChannel() {
        // GIVEN the server's reminder channel is a voice channel the bot may post in
        long voiceId = 556;
        net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel voice =
                mock(net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel.class);
        Guild guild = mock(Guild.class);
        SelfMember self = mock(SelfMember.class);
        when(shards.getGuildById(GUILD)).thenReturn(guild);
        when(shards.getChannelById(GuildMessageChannel.class, voiceId)).thenReturn(voice);
        when(guild.getGuildChannelById(voiceId)).thenReturn(voice);
        when(guild.getIdLong()).thenReturn(GUILD);
        when(guild.getSelfMember()).thenReturn(self);
        when(voice.getGuild()).thenReturn(guild);
        when(voice.getType()).thenReturn(ChannelType.VOICE);
        when(self.hasPermission(eq((GuildChannel) voice), any(Permission.class))).thenReturn(true);
        JdaMessenger messenger = new JdaMessenger(Duration.ofSeconds(10), Shards.ALL);
        messenger.connect(shards, new CoordinatorRule("Coordinator", guildId -> 0));

        // THEN the settings card and /digest status learn it is unusable, and a post there fails with that reason
        assertThat(messenger.cannotPost(GUILD, voiceId, true)).hasValueSatisfying(t -> assertThat(t.describe(voiceId))
                .isEqualTo("<#556> is a voice channel, whose chat most members never open"));
        plain(messenger.post(GUILD, voiceId, Reply.text("Call Eastside"), "pc1"), SendTrouble.VOICE_CHANNEL,
                "<#556> is a voice channel, whose chat most members never open");
        org.mockito.Mockito.verify(voice, org.mockito.Mockito.never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("a DM to an account Discord no longer knows (10013): the member left Discord, not a refusal")
    void unknownUser() {
        failsWith(answered(404, ErrorResponse.UNKNOWN_USER));
        plain(dm(), SendTrouble.ACCOUNT_GONE, "Discord no longer knows their account: they left Discord");
    }

    @Test
    @DisplayName("any other refusal, or a fault in the bot, says so without the exception's text")
    void otherRefusals() {
        failsWith(answered(400, ErrorResponse.INVALID_FORM_BODY));
        plain(dm(), SendTrouble.REFUSED, "Discord refused the message");
        failsWith(new IllegalArgumentException("Content may not be longer than 2000"));
        plain(dm(), SendTrouble.BOT_FAULT, "something went wrong inside the bot");
    }
}

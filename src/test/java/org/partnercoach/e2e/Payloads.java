package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord's objects as its API documents them (users, members, guilds, channels, messages, interactions), in the
 * shape JDA 6.5 accepts (see shared/discord/gateway-dispatches-example.jsonl).
 */
final class Payloads {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Discord's epoch: the first millisecond of 2015. */
    static final long DISCORD_EPOCH = 1420070400000L;
    /** Every permission there is: what the server's owner and the bot have. */
    static final String ALL_PERMISSIONS = "2248473465835073";
    /** View channel, send messages, read history, use application commands: a plain member. */
    static final String MEMBER_PERMISSIONS = String.valueOf((1L << 10) | (1L << 11) | (1L << 16) | (1L << 31));
    static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Payloads() {
    }

    /**
     * A fresh id, made of the current time: Discord rejects an interaction callback whose interaction id is older
     * than its token allows, and JDA checks the age of an interaction before a deferred reply.
     */
    static long snowflake() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode user = object().put("id", String.valueOf(id)).put("username", name).put("discriminator", "0")
                .putNull("global_name");
        user.putNull("avatar");
        user.put("bot", bot).put("public_flags", 0);
        return user;
    }

    static ObjectNode member(ObjectNode user, ArrayNode roleIds) {
        ObjectNode member = object();
        member.set("user", user);
        member.set("roles", roleIds);
        member.put("joined_at", JOINED_AT).putNull("nick");
        member.put("deaf", false).put("mute", false).put("flags", 0).put("pending", false);
        return member;
    }

    /** Roles need a {@code colors} object, or JDA fails to read the guild. */
    static ObjectNode role(long id, String name, String permissions, int position) {
        ObjectNode role = object().put("id", String.valueOf(id)).put("name", name).put("permissions", permissions)
                .put("position", position).put("color", 0).put("hoist", false).put("managed", false)
                .put("mentionable", false).put("flags", 0);
        ObjectNode colors = role.putObject("colors").put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        return role;
    }

    static ObjectNode textChannel(long id, long guildId, String name) {
        ObjectNode channel = object().put("id", String.valueOf(id)).put("type", 0).put("name", name)
                .put("position", 0).put("guild_id", String.valueOf(guildId));
        channel.set("permission_overwrites", array());
        return channel;
    }

    /** A public thread (type 11) under a text channel. */
    static ObjectNode thread(long id, long guildId, long parentId, long ownerId, String name) {
        return thread(id, guildId, parentId, ownerId, name, 11);
    }

    /** A thread under a text channel: type 11 public, 12 private. */
    static ObjectNode thread(long id, long guildId, long parentId, long ownerId, String name, int type) {
        ObjectNode thread = object().put("id", String.valueOf(id)).put("type", type).put("name", name)
                .put("guild_id", String.valueOf(guildId)).put("parent_id", String.valueOf(parentId))
                .put("owner_id", String.valueOf(ownerId)).put("message_count", 0).put("member_count", 1)
                .put("rate_limit_per_user", 0).put("flags", 0);
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", Instant.now().toString()).put("locked", false);
        thread.set("applied_tags", array());
        return thread;
    }

    static ObjectNode dmChannel(long id, ObjectNode recipient) {
        ObjectNode channel = object().put("id", String.valueOf(id)).put("type", 1);
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(recipient);
        return channel;
    }

    /** GUILD_CREATE's guild: {@code afk_timeout} must not be 0, or JDA never becomes ready. */
    static ObjectNode guild(long id, String name, long ownerId, ArrayNode roles, ArrayNode channels,
                            ArrayNode members) {
        ObjectNode guild = object().put("id", String.valueOf(id)).put("name", name).putNull("icon");
        guild.put("owner_id", String.valueOf(ownerId)).put("member_count", members.size()).put("large", false)
                .put("unavailable", false).put("preferred_locale", "en-US").put("joined_at", JOINED_AT)
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("system_channel_flags", 0);
        guild.set("features", array());
        guild.set("roles", roles);
        guild.set("channels", channels);
        guild.set("members", members);
        for (String empty : new String[] {"threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                "presences", "stage_instances", "soundboard_sounds"}) {
            guild.set(empty, array());
        }
        return guild;
    }

    /** A message as Discord returns it, with what the bot sent (content, embeds, components, flags). */
    static ObjectNode message(long id, long channelId, long guildId, ObjectNode author, JsonNode sent) {
        ObjectNode message = object().put("id", String.valueOf(id)).put("channel_id", String.valueOf(channelId));
        if (guildId != 0) {
            message.put("guild_id", String.valueOf(guildId));
        }
        message.set("author", author);
        message.put("type", 0).put("content", text(sent, "content")).put("timestamp", Instant.now().toString())
                .putNull("edited_timestamp");
        message.put("tts", false).put("mention_everyone", false).put("pinned", false)
                .put("flags", sent.path("flags").asInt(0));
        message.set("mentions", array());
        message.set("mention_roles", array());
        message.set("attachments", array());
        message.set("embeds", embeds(sent));
        message.set("components", sent.has("components") ? sent.get("components").deepCopy() : array());
        return message;
    }

    /** The embeds as Discord stores them: each with its type ("rich" for a bot's own). */
    static ArrayNode embeds(JsonNode sent) {
        ArrayNode embeds = array();
        for (JsonNode embed : sent.path("embeds")) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich");
            }
            embeds.add(copy);
        }
        return embeds;
    }

    /** Applies an edit (PATCH or an UPDATE_MESSAGE callback): the fields it names replace the old ones. */
    static ObjectNode edited(ObjectNode message, JsonNode edit) {
        ObjectNode copy = message.deepCopy();
        for (String field : new String[] {"content", "components"}) {
            if (edit.has(field)) {
                copy.set(field, edit.get(field).deepCopy());
            }
        }
        if (edit.has("embeds")) {
            copy.set("embeds", embeds(edit));
        }
        copy.put("edited_timestamp", Instant.now().toString());
        return copy;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}

package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.SerializableData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;

@DisplayName("Replies become Discord messages and modals")
class MessageMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("text is sent with every kind of mention disabled, so '@everyone' in an answer pings nobody")
    void mentionsDisabled() throws Exception {
        JsonNode message = json(MessageMapper.toCreate(Reply.text("You wrote: @everyone <@&42> <@7>")));

        assertThat(message.path("content").asText()).isEqualTo("You wrote: @everyone <@&42> <@7>");
        assertThat(message.path("allowed_mentions").path("parse").size()).isZero();
        assertThat(message.path("allowed_mentions").path("users").size()).isZero();
        assertThat(message.path("allowed_mentions").path("roles").size()).isZero();
    }

    @Test
    @DisplayName("a reply that names members may ping exactly them")
    void mentionsOnlyNamedMembers() throws Exception {
        JsonNode message = json(MessageMapper.toCreate(Reply.text("<@7> your partner is waiting")
                .mentioning(Set.of(7L))));

        assertThat(message.path("allowed_mentions").path("parse").size()).isZero();
        assertThat(message.path("allowed_mentions").path("users").get(0).asText()).isEqualTo("7");
    }

    @Test
    @DisplayName("a mention a member typed shows as a name but pings nobody, even in a reply that pings a member: "
            + "only the members the bot names may be pinged, and no role, @everyone or @here")
    void typedMentionsNeverPing() throws Exception {
        String typed = org.partnercoach.chat.Shown.text("ask <@9> and <@!8>, <@&5>, @everyone, @here in <#4>");
        Reply reply = Reply.text("<@7>, your reminder: " + typed).mentioning(Set.of(7L));

        for (JsonNode message : List.of(json(MessageMapper.toCreate(reply)), json(MessageMapper.toEdit(reply)),
                json(MessageMapper.toReplacement(reply)))) {
            assertThat(message.path("content").asText())
                    .isEqualTo("<@7>, your reminder: ask <@9> and <@!8>, <@&5>, @everyone, @here in <#4>");
            assertThat(message.path("allowed_mentions").path("parse").size()).isZero();
            assertThat(message.path("allowed_mentions").path("users").size()).isEqualTo(1);
            assertThat(message.path("allowed_mentions").path("users").get(0).asText()).isEqualTo("7");
            assertThat(message.path("allowed_mentions").path("roles").size()).isZero();
        }
    }

    @Test
    @DisplayName("cards become embeds with title, description, fields and footer")
    void cardsBecomeEmbeds() throws Exception {
        Card card = Card.of("Tip 2 of 5 · Get connected", "Find the changemaker.").withField("Answered", "3 of 16")
                .withFooter("▰▰▱▱");

        JsonNode embed = json(MessageMapper.toCreate(Reply.card(card))).path("embeds").get(0);

        assertThat(embed.path("title").asText()).isEqualTo("Tip 2 of 5 · Get connected");
        assertThat(embed.path("description").asText()).isEqualTo("Find the changemaker.");
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Answered");
        assertThat(embed.path("fields").get(0).path("value").asText()).isEqualTo("3 of 16");
        assertThat(embed.path("footer").path("text").asText()).isEqualTo("▰▰▱▱");
    }

    @Test
    @DisplayName("rows become action rows: buttons keep their ids, labels and styles; a menu its options")
    void rowsBecomeActionRows() throws Exception {
        SelectMenu menu = SelectMenu.single(CustomId.of("partner", "pick"), "Pick a partner", List.of(
                new SelectMenu.Option("12", "Eastside Food Bank", "food"), new SelectMenu.Option("13", "Clinic", null)));
        Reply reply = Reply.text("Next?").withButtons(Button.primary(CustomId.of("walk", "answer", 5, "q1"), "Answer"),
                Button.danger(CustomId.of("walk", "pause", 5), "Pause")).withRow(new Row.Select(menu));

        JsonNode rows = json(MessageMapper.toCreate(reply)).path("components");

        JsonNode answer = rows.get(0).path("components").get(0);
        assertThat(rows.get(0).path("type").asInt()).isEqualTo(1);
        assertThat(answer.path("custom_id").asText()).isEqualTo("walk:answer:5:q1");
        assertThat(answer.path("label").asText()).isEqualTo("Answer");
        assertThat(answer.path("style").asInt()).as("primary").isEqualTo(1);
        assertThat(rows.get(0).path("components").get(1).path("style").asInt()).as("danger").isEqualTo(4);
        JsonNode select = rows.get(1).path("components").get(0);
        assertThat(select.path("type").asInt()).as("string select").isEqualTo(3);
        assertThat(select.path("custom_id").asText()).isEqualTo("partner:pick");
        assertThat(select.path("placeholder").asText()).isEqualTo("Pick a partner");
        assertThat(select.path("options").get(0).path("value").asText()).isEqualTo("12");
        assertThat(select.path("options").get(0).path("description").asText()).isEqualTo("food");
        assertThat(select.path("min_values").asInt()).isEqualTo(1);
        assertThat(select.path("max_values").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("an edit replaces the whole message: content, embeds and rows, even when they become empty")
    void editReplacesEverything() throws Exception {
        JsonNode edit = json(MessageMapper.toEdit(Reply.text("Paused. Your answers are saved.")));

        assertThat(edit.path("content").asText()).isEqualTo("Paused. Your answers are saved.");
        assertThat(edit.path("embeds").isArray()).isTrue();
        assertThat(edit.path("embeds").size()).isZero();
        assertThat(edit.path("components").isArray()).isTrue();
        assertThat(edit.path("components").size()).isZero();
        assertThat(edit.path("allowed_mentions").path("parse").size()).isZero();
    }

    @Test
    @DisplayName("a reply with nothing in it still sends something, since Discord rejects an empty message")
    void emptyReply() throws Exception {
        assertThat(json(MessageMapper.toCreate(Reply.text(""))).path("content").asText())
                .isEqualTo(MessageMapper.EMPTY);
    }

    @Test
    @DisplayName("files are attached under their names")
    void files() {
        var data = MessageMapper.toCreate(Reply.text("Your export").withFile(new Attachment("answers.csv",
                "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(data.getFiles()).singleElement().satisfies(f -> assertThat(f.getName()).isEqualTo("answers.csv"));
    }

    @Test
    @DisplayName("a form becomes a modal of labelled text inputs, pre-filled, with placeholder and length limits")
    void formBecomesModal() throws Exception {
        Form form = new Form(CustomId.of("walk", "edited", 812), "Tip 1 of 5 · Do your research", List.of(
                Form.Input.paragraph("answer", "Your answer", 4000).withPlaceholder("Which organizations?")
                        .prefilled("The food bank"),
                Form.Input.shortText("name", "Partner name", 100).optional()));

        JsonNode modal = json(MessageMapper.toModal(form));

        assertThat(modal.path("custom_id").asText()).isEqualTo("walk:edited:812");
        assertThat(modal.path("title").asText()).isEqualTo("Tip 1 of 5 · Do your research");
        JsonNode first = modal.path("components").get(0);
        assertThat(first.path("type").asInt()).as("label").isEqualTo(18);
        assertThat(first.path("label").asText()).isEqualTo("Your answer");
        JsonNode input = first.path("component");
        assertThat(input.path("custom_id").asText()).isEqualTo("answer");
        assertThat(input.path("style").asInt()).as("paragraph").isEqualTo(2);
        assertThat(input.path("required").asBoolean()).isTrue();
        assertThat(input.path("min_length").asInt()).isEqualTo(1);
        assertThat(input.path("max_length").asInt()).isEqualTo(4000);
        assertThat(input.path("placeholder").asText()).isEqualTo("Which organizations?");
        assertThat(input.path("value").asText()).isEqualTo("The food bank");
        JsonNode second = modal.path("components").get(1).path("component");
        assertThat(second.path("style").asInt()).as("short").isEqualTo(1);
        assertThat(second.path("required").asBoolean()).isFalse();
        assertThat(second.has("value")).isFalse();
    }

    static JsonNode json(SerializableData data) throws Exception {
        return JSON.readTree(data.toData().toString());
    }
}

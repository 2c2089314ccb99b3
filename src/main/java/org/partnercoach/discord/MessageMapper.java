package org.partnercoach.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;

/**
 * Turns a {@link Reply} into what JDA sends: content, embeds (cards), action rows (buttons, a select menu), files,
 * or a modal (form). Every message is built with mentions disabled, except for the members the reply names.
 */
final class MessageMapper {

    /** Partner Coach's accent on cards. */
    static final Color ACCENT = new Color(0x2E8B57);
    /** What a reply with nothing in it shows: Discord rejects an empty message. */
    static final String EMPTY = "Done.";

    private MessageMapper() {
    }

    static MessageCreateData toCreate(Reply reply) {
        return fill(new MessageCreateBuilder(), reply).build();
    }

    /** The whole message replaced: content, cards and rows (set even when empty, so old ones disappear). */
    static MessageEditData toEdit(Reply reply) {
        return fill(new MessageEditBuilder(), reply).build();
    }

    /**
     * The whole new content of a message the bot posted earlier: what the reply leaves out is removed (a file the
     * message had, such as a session summary's Markdown file with an answer since deleted), not kept.
     */
    static MessageEditData toReplacement(Reply reply) {
        return fill(new MessageEditBuilder(), reply).setReplace(true).build();
    }

    private static <R extends MessageRequest<R>> R fill(R request, Reply reply) {
        boolean empty = reply.text().isBlank() && reply.cards().isEmpty() && reply.files().isEmpty();
        request.setContent(empty ? EMPTY : reply.text())
                .setEmbeds(embeds(reply.cards()))
                .setComponents(rows(reply.rows()))
                // parse nothing: no @everyone, @here, role or user pings from any text ...
                .setAllowedMentions(List.of());
        if (!reply.mentionUsers().isEmpty()) {
            // ... except the members this reply is meant to ping
            request.mentionUsers(reply.mentionUsers().stream().map(String::valueOf).toList());
        }
        if (!reply.files().isEmpty()) {
            request.setFiles(reply.files().stream().map(f -> FileUpload.fromData(f.bytes(), f.fileName())).toList());
        }
        return request;
    }

    static List<MessageEmbed> embeds(List<Card> cards) {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (Card card : cards) {
            EmbedBuilder embed = new EmbedBuilder().setColor(ACCENT).setTitle(card.title())
                    .setDescription(card.description());
            card.fields().forEach(f -> embed.addField(f.name(), f.value(), f.inline()));
            if (card.footer() != null && !card.footer().isBlank()) {
                embed.setFooter(card.footer());
            }
            if (!embed.isEmpty()) {
                embeds.add(embed.build());
            }
        }
        return embeds;
    }

    static List<MessageTopLevelComponent> rows(List<Row> rows) {
        List<MessageTopLevelComponent> out = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Row.Buttons b) {
                out.add(ActionRow.of(b.buttons().stream().map(MessageMapper::button).toList()));
            } else if (row instanceof Row.Select s) {
                out.add(ActionRow.of(select(s.menu())));
            }
        }
        return out;
    }

    static net.dv8tion.jda.api.components.buttons.Button button(Button button) {
        ButtonStyle style = switch (button.style()) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        };
        return net.dv8tion.jda.api.components.buttons.Button.of(style, button.id().encode(), button.label());
    }

    static StringSelectMenu select(SelectMenu menu) {
        StringSelectMenu.Builder builder = StringSelectMenu.create(menu.id().encode())
                .setPlaceholder(menu.placeholder().isBlank() ? null : menu.placeholder())
                .setRequiredRange(menu.minValues(), menu.maxValues());
        for (SelectMenu.Option option : menu.options()) {
            if (option.description() == null || option.description().isBlank()) {
                builder.addOption(option.label(), option.value());
            } else {
                builder.addOption(option.label(), option.value(), option.description());
            }
        }
        return builder.build();
    }

    /** A form becomes a modal: each field a labelled text input, pre-filled with its value when there is one. */
    static Modal toModal(Form form) {
        Modal.Builder modal = Modal.create(form.id().encode(), form.title());
        for (Form.Input input : form.inputs()) {
            TextInput.Builder field = TextInput.create(input.id(),
                            input.paragraph() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                    .setRequired(input.required())
                    .setMaxLength(input.maxLength())
                    .setPlaceholder(input.placeholder())
                    .setValue(input.value());
            if (input.required()) {
                field.setMinLength(1);
            }
            modal.addComponents(Label.of(input.label(), field.build()));
        }
        return modal.build();
    }
}

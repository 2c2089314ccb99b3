package org.partnercoach.chat;

import java.util.Map;
import java.util.Optional;

/** Everything a person can do to the bot, on any platform. */
public sealed interface Inbound {

    Caller caller();

    /** The same event, done by {@code other} (used to file a DM under the member's home server). */
    Inbound withCaller(Caller other);

    /** What happened, without the member's words: user text is never logged at INFO or above. */
    String describe();

    /**
     * What the event's feature read and asked before the transaction ({@link Feature#beforeTransaction},
     * {@link Feature#beforeComponent}), for its handler alone: null when there was no such step.
     */
    default Object prepared() {
        return null;
    }

    /** What its feature prepared before the transaction, if it is a {@code type}: empty without that step. */
    default <T> Optional<T> prepared(Class<T> type) {
        Object prepared = prepared();
        return type.isInstance(prepared) ? Optional.of(type.cast(prepared)) : Optional.empty();
    }

    /**
     * A slash command. {@code path} is the full command path with single spaces: "coach start", "reflect".
     * Option values arrive as text: numbers as digits, users and channels as their ids. What the platform says with
     * the command about the users its options name comes beside them: which are bot accounts ({@code botAccounts})
     * and which are not members of the server (a former member, anyone Discord lets one pick; {@code outsiders},
     * each with their name as Discord shows it). A command whose feature asks the platform first
     * ({@link Feature#beforeTransaction}) carries what that step read and learned in {@code prepared}, for its
     * handler alone: null when there was no such step.
     */
    record Command(Caller caller, String path, Map<String, String> options, java.util.Set<Capability> botLacks,
                   java.util.Set<Long> botAccounts, Map<Long, String> outsiders, Object prepared) implements Inbound {

        /** A command as the platform sends it, before any feature prepared it. */
        public Command(Caller caller, String path, Map<String, String> options, java.util.Set<Capability> botLacks,
                       java.util.Set<Long> botAccounts, Map<Long, String> outsiders) {
            this(caller, path, options, botLacks, botAccounts, outsiders, null);
        }

        /** A command where the bot may do everything it asks for (the console, tests, DMs). */
        public Command(Caller caller, String path, Map<String, String> options) {
            this(caller, path, options, java.util.Set.of());
        }

        /** A command naming no bot account in its options (the console has none). */
        public Command(Caller caller, String path, Map<String, String> options, java.util.Set<Capability> botLacks) {
            this(caller, path, options, botLacks, java.util.Set.of());
        }

        /** A command whose options name members of the server only. */
        public Command(Caller caller, String path, Map<String, String> options, java.util.Set<Capability> botLacks,
                       java.util.Set<Long> botAccounts) {
            this(caller, path, options, botLacks, botAccounts, Map.of());
        }

        @Override
        public Command withCaller(Caller other) {
            return new Command(other, path, options, botLacks, botAccounts, outsiders, prepared);
        }

        /** The same command, knowing that these users (by id, with their names) are not members of the server. */
        public Command withOutsiders(Map<Long, String> more) {
            Map<Long, String> all = new java.util.LinkedHashMap<>(outsiders);
            all.putAll(more);
            return new Command(caller, path, options, botLacks, botAccounts, all, prepared);
        }

        /** The same command, with what its feature read and asked before the transaction (for its handler). */
        public Command withPrepared(Object what) {
            return new Command(caller, path, options, botLacks, botAccounts, outsiders, what);
        }

        /** Whether the user an option names is a bot account (as the platform says with the command). */
        public boolean namesBot(String option) {
            return named(option).map(botAccounts::contains).orElse(false);
        }

        /** The name of the user an option names when they are not a member of the server, as the platform says. */
        public Optional<String> namesOutsider(String option) {
            return named(option).map(outsiders::get);
        }

        private Optional<Long> named(String option) {
            return option(option).flatMap(value -> {
                try {
                    return Optional.of(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            });
        }

        /**
         * Refuses the command, with nothing changed, when its option names a bot account instead of a person, or
         * someone who is not a member of the server (they would never see what is handed to them): the one check of
         * every command that hands something to a member.
         *
         * @param cant    what a bot can't do, and why ("lead a session: it can't press **End**")
         * @param pick    whom to name instead ("a member of the group")
         * @param example the command with a person in it ("/session facilitator member:@ana")
         */
        public void requirePerson(String option, String cant, String pick, String example) {
            if (namesBot(option)) {
                throw new UserError("A bot can't " + cant + ". Pick " + pick + ", for example `" + example
                        + "`. Nothing was changed.");
            }
            namesOutsider(option).ifPresent(name -> {
                throw new UserError("**" + Shown.text(name) + "** isn't a member of this "
                        + "server (they may have left it), so they would never see it here. Pick " + pick
                        + ", for example `" + example + "`, or invite them back first. Nothing was changed.");
            });
        }

        @Override
        public String describe() {
            return "/" + path;
        }

        public Command {
            options = Map.copyOf(options);
            botLacks = botLacks == null ? java.util.Set.of() : java.util.Set.copyOf(botLacks);
            botAccounts = botAccounts == null ? java.util.Set.of() : java.util.Set.copyOf(botAccounts);
            outsiders = outsiders == null ? Map.of() : Map.copyOf(outsiders);
        }

        public Optional<String> option(String name) {
            return Optional.ofNullable(options.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        }

        public String root() {
            int space = path.indexOf(' ');
            return space < 0 ? path : path.substring(0, space);
        }
    }

    /**
     * A button press. {@code customId} is the id the bot gave the button: feature:action:row... A press whose feature
     * asks the platform first carries what it learned in {@code prepared} ({@link Feature#beforeComponent}).
     */
    record ButtonPress(Caller caller, CustomId customId, Object prepared) implements Inbound {

        /** A press as the platform sends it, before any feature prepared it. */
        public ButtonPress(Caller caller, CustomId customId) {
            this(caller, customId, null);
        }

        @Override
        public ButtonPress withCaller(Caller other) {
            return new ButtonPress(other, customId, prepared);
        }

        /** The same press, with what its feature read and asked before the transaction (for its handler). */
        public ButtonPress withPrepared(Object what) {
            return new ButtonPress(caller, customId, what);
        }

        @Override
        public String describe() {
            return "button " + customId;
        }

    }

    /** A choice made in a select menu; {@code prepared} as for a {@link ButtonPress}. */
    record Selection(Caller caller, CustomId customId, java.util.List<String> values, Object prepared)
            implements Inbound {

        /** A choice as the platform sends it, before any feature prepared it. */
        public Selection(Caller caller, CustomId customId, java.util.List<String> values) {
            this(caller, customId, values, null);
        }

        @Override
        public Selection withCaller(Caller other) {
            return new Selection(other, customId, values, prepared);
        }

        /** The same choice, with what its feature read and asked before the transaction (for its handler). */
        public Selection withPrepared(Object what) {
            return new Selection(caller, customId, values, what);
        }

        @Override
        public String describe() {
            return "select " + customId;
        }

        public Selection {
            values = java.util.List.copyOf(values);
        }

        /** The first value picked as a row's id (digits only, as the menus offer them), or -1 when none is. */
        public long pickedId() {
            String value = values.isEmpty() ? "" : values.get(0).strip();
            return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
        }
    }

    /** A submitted modal (form). Field values are keyed by the field ids the bot gave them. */
    record ModalSubmit(Caller caller, CustomId customId, Map<String, String> fields) implements Inbound {
        @Override
        public ModalSubmit withCaller(Caller other) {
            return new ModalSubmit(other, customId, fields);
        }

        @Override
        public String describe() {
            return "form " + customId;
        }

        public ModalSubmit {
            fields = Map.copyOf(fields);
        }

        public String field(String id) {
            String value = fields.get(id);
            return value == null ? "" : value;
        }
    }

    /** A line of text a member typed to the bot in a DM. */
    record TypedMessage(Caller caller, String text) implements Inbound {
        @Override
        public TypedMessage withCaller(Caller other) {
            return new TypedMessage(other, text);
        }

        @Override
        public String describe() {
            return "typed message (" + text.length() + " chars)";
        }

    }

    /** The member is typing an option value and the platform asks for suggestions. */
    record Autocomplete(Caller caller, String path, String option, String typed, Map<String, String> options)
            implements Inbound {
        @Override
        public Autocomplete withCaller(Caller other) {
            return new Autocomplete(other, path, option, typed, options);
        }

        @Override
        public String describe() {
            return "autocomplete /" + path + " " + option;
        }

        public Autocomplete {
            options = Map.copyOf(options);
        }
    }
}

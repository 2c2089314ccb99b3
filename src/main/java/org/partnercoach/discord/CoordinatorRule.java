package org.partnercoach.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import org.partnercoach.chat.CoordinatorRoles;

/**
 * Who is a coordinator of a server the bot has joined: a member with Manage Server, the role the server chose in
 * {@code /coach setup}, or a role named as {@code discord.coordinatorRoleName}. Asked when a member acts (their
 * interaction) and when the bot checks on its own (a digest subscriber before the weekly send).
 */
final class CoordinatorRule {

    private final String roleName;
    private final CoordinatorRoles chosenRoles;

    CoordinatorRule(String roleName, CoordinatorRoles chosenRoles) {
        this.roleName = roleName == null ? "" : roleName.strip();
        this.chosenRoles = chosenRoles;
    }

    /** {@code member} of server {@code guildId}, as JDA knows them in a server the bot has joined, with roles. */
    boolean isCoordinator(long guildId, Member member) {
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        long chosen = chosenRoles.roleOf(guildId);
        return member.getRoles().stream().anyMatch(r -> chosen != 0 && r.getIdLong() == chosen
                || !roleName.isEmpty() && r.getName().equalsIgnoreCase(roleName));
    }
}

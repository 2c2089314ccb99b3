package org.partnercoach.reminders;

import org.partnercoach.chat.SendTrouble;

/**
 * Why a message for a member (a reminder, a check-in) was given up, and what lets the next ones through, for the note
 * her next command shows: to her ("your DMs are closed to me"), or on a page others read too ("their DMs").
 */
record Unreached(SendTrouble trouble) {

    /** "your DMs are closed to me, and this server has no reminder channel to post it in instead" (no full stop). */
    String why(boolean you) {
        return trouble == SendTrouble.DMS_CLOSED ? (you ? "your" : "their") + " DMs are closed to me, and this server "
                + "has no reminder channel to post it in instead"
                : trouble == null ? "I couldn't send it" : "I couldn't send it (" + trouble.reason() + ")";
    }

    /**
     * What lets the next ones through (no full stop): her DMs closed, or the reminder channel that would have taken
     * them unusable, allowing DMs from the server's members or a reminder channel; else what a coordinator can see.
     */
    String advice(boolean you) {
        boolean dms = trouble == SendTrouble.DMS_CLOSED || trouble == SendTrouble.CHANNEL_GONE
                || trouble == SendTrouble.NOT_FOR_POSTS || trouble == SendTrouble.MISSING_PERMISSIONS
                || trouble == SendTrouble.VOICE_CHANNEL;
        if (!dms) {
            return "A coordinator can see what went wrong with `/coach status`";
        }
        return you ? "To get the next ones, allow direct messages from this server's members (click the server's "
                + "name, then Privacy Settings), or ask a coordinator to set a reminder channel"
                : "To get the next ones through, they can allow direct messages from this server's members (click the "
                + "server's name, then Privacy Settings), or a coordinator can set a reminder channel with "
                + "`/coach setup`";
    }
}

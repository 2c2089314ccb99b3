package org.partnercoach.partners;

/**
 * A partner's name as typed and tidied ({@link PartnerInput#newName}), with its key ({@link PartnerInput#keyOf}) and
 * the key's letters ({@link PartnerInput#letters}), worked out once and handed on to every read and write that needs
 * them: the duplicate check, the insert or rename, the former-name and spelled-alike lookups.
 */
record PartnerName(String text, String key, String letters) {
}

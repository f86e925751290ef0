package org.matbank.access;

/**
 * The outcome of checking the audit chain from its first event to its last.
 *
 * @param ok            whether every event is intact and linked to the one before it
 * @param checked       how many events were found intact (up to the first bad one)
 * @param headSeq       the last event's seq (0 for an empty log); note it with {@code headHash} elsewhere,
 *                      to detect a rewrite of the whole chain later
 * @param headHash      the last event's hash, or null for an empty log
 * @param firstBadSeq   the first event where the chain breaks, or null when ok
 * @param firstBadAction that event's action, or null when ok
 * @param fault         what is wrong there, or null when ok
 * @param message       one sentence for a person: the event, its action and what is wrong
 */
public record AuditVerification(boolean ok, long checked, long headSeq, String headHash, Long firstBadSeq,
        String firstBadAction, Fault fault, String message) {

    /** The ways the chain can break. */
    public enum Fault {
        /** The event's contents were changed after it was recorded. */
        HASH_MISMATCH("hash does not match the event's contents: it was changed after it was recorded"),
        /** The event does not follow the event before it (that one was changed or replaced, hash and all). */
        BROKEN_LINK("previous_hash does not match the previous event's hash: the event before it was replaced"),
        /** Events before it are missing: deleted. */
        MISSING_EVENTS("events before it are missing: deleted");

        private final String text;

        Fault(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    static AuditVerification intact(long checked, long headSeq, String headHash) {
        return new AuditVerification(true, checked, headSeq, headHash, null, null, null,
                "audit chain intact: " + checked + " events, head seq " + headSeq + (headHash == null ? "" : " hash " + headHash));
    }

    static AuditVerification broken(long checked, long headSeq, String headHash, AuditEvent bad, Fault fault, String more) {
        return new AuditVerification(false, checked, headSeq, headHash, bad.seq(), bad.action(), fault,
                "audit chain broken at event " + bad.seq() + " (" + bad.action() + "): " + fault.text()
                        + (more == null ? "" : " (" + more + ")"));
    }
}

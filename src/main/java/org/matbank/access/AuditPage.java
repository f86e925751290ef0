package org.matbank.access;

import java.util.List;

/**
 * A page of audit events, newest first.
 *
 * @param events     at most the asked number of events
 * @param nextBefore pass as {@code before} for the next (older) page; null on the last page
 */
public record AuditPage(List<AuditEvent> events, Long nextBefore) {
}

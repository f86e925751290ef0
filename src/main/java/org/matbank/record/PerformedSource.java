package org.matbank.record;

/** Who performed a process or measurement run, and when (GEMD's performed_source). */
public record PerformedSource(String performedBy, String performedDate) {
}

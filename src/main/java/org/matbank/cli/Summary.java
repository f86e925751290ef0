package org.matbank.cli;

import org.matbank.ingest.ImportJob;

/** The few lines printed after an import. */
final class Summary {

    private Summary() {
    }

    static String of(ImportJob job) {
        StringBuilder s = new StringBuilder();
        s.append(job.fileName()).append(": ").append(job.status())
                .append(" (import ").append(job.id()).append(", sha256 ").append(job.sha256(), 0, 12).append("...)\n");
        s.append("  units (rows, materials) read ").append(job.unitsRead()).append(", written ").append(job.unitsWritten())
                .append(", unchanged ").append(job.unitsSkipped()).append(", with errors ").append(job.unitsFailed()).append('\n');
        s.append("  objects created ").append(job.objectsCreated()).append(", updated ").append(job.objectsUpdated());
        if (job.startedAt() != null && job.finishedAt() != null) {
            double seconds = java.time.Duration.between(job.startedAt(), job.finishedAt()).toMillis() / 1000.0;
            double rate = Math.max(seconds, 1e-3);
            s.append(String.format(java.util.Locale.ROOT, "%n  took %.1f s (%.0f units/s, %.0f objects/s)", seconds,
                    job.unitsRead() / rate, (job.objectsCreated() + job.objectsUpdated()) / rate));
        }
        if (job.message() != null) {
            s.append("\n  ").append(job.message());
        }
        return s.toString();
    }
}

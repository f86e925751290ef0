package org.matbank.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running import, read by the progress bar and the job API while it runs. */
public final class ImportProgress {

    final AtomicLong unitsRead = new AtomicLong();
    final AtomicLong unitsWritten = new AtomicLong();
    final AtomicLong unitsSkipped = new AtomicLong();
    final AtomicLong unitsFailed = new AtomicLong();
    final AtomicLong objectsCreated = new AtomicLong();
    final AtomicLong objectsUpdated = new AtomicLong();
    final AtomicLong position = new AtomicLong(-1);
    final AtomicLong size = new AtomicLong(-1);

    public long unitsRead() {
        return unitsRead.get();
    }

    public long unitsWritten() {
        return unitsWritten.get();
    }

    public long unitsSkipped() {
        return unitsSkipped.get();
    }

    public long unitsFailed() {
        return unitsFailed.get();
    }

    public long objectsCreated() {
        return objectsCreated.get();
    }

    public long objectsUpdated() {
        return objectsUpdated.get();
    }

    /** Bytes (or rows) read so far, and the total; -1 when unknown. */
    public long position() {
        return position.get();
    }

    public long size() {
        return size.get();
    }
}

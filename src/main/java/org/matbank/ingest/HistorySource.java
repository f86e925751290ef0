package org.matbank.ingest;

/**
 * A file read as a stream of histories: each call to {@link #next()} gives the objects of one
 * unit of import (one row of a CSV, one material of a workbook) with the place it came from and
 * any problems found while reading it. Sources read lazily, so memory does not grow with the file.
 */
public interface HistorySource extends AutoCloseable {

    /** The next unit, or null at the end of the file. */
    SourceUnit next();

    /** How far reading has got, in bytes or rows, for a progress bar; -1 when unknown. */
    default long position() {
        return -1;
    }

    /** The total for {@link #position()}, or -1 when unknown. */
    default long size() {
        return -1;
    }

    @Override
    void close();
}

package org.matbank.ingest;

/** Placeholder; replaced below. */
public class DemoLoader {
    public int loadIfAbsent() {
        return 0;
    }
}

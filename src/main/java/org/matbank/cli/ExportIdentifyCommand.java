package org.matbank.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matbank.export.ExportIdentifier;
import org.matbank.export.ExportLogEntry;
import org.matbank.export.Identification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matbank export identify FILE}: which export a (leaked) file came from, by the fingerprint
 * it carries or else by its checksum, with who received it, from where, when, and what. Exit code
 * 0 when an export is named, 1 when none matches, 2 when the file cannot be read.
 */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = {"Name the export a file came from: a ZIP, CSV, XLSX, Parquet or JSON file, or a piece of one.",
            "Looks for export fingerprints in it, then for its SHA-256 among exported files (docs/SECURITY.md).",
            "Exit code 0: found; 1: no export matches; 2: the file cannot be read."})
class ExportIdentifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The file to identify.")
    Path file;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            spec.commandLine().getErr().println("matbank: cannot read " + file);
            spec.commandLine().getErr().flush();
            return 2;
        }
        Identification found;
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            found = context.getBean(ExportIdentifier.class).identify(file);
        }
        for (Identification.Carried c : found.fingerprints()) {
            out.println("Fingerprint " + c.fingerprint() + " in " + String.join(", ", c.places())
                    + (c.known() ? "" : ": not in this MatBank's export log (another MatBank's, or made up)"));
        }
        switch (found.how()) {
            case FINGERPRINT -> out.println(found.exports().size() == 1 ? "The file comes from this export:"
                    : "The file carries the fingerprints of " + found.exports().size() + " exports:");
            case CHECKSUM -> out.println("No fingerprint this MatBank issued is in the file, but its SHA-256 (or an entry's) is"
                    + " exactly that of what these exports sent; found by checksum:");
            default -> out.println("No export matches " + file + ": it carries no fingerprint from this MatBank's export log,"
                    + " and its SHA-256 " + found.sha256() + " is not that of any exported file.");
        }
        found.exports().forEach(e -> print(out, e));
        out.flush();
        return found.how() == Identification.How.NOTHING ? 1 : 0;
    }

    private static void print(PrintWriter out, ExportLogEntry e) {
        out.println();
        out.println("  fingerprint  " + (e.fingerprint() == null ? "none (a release file)" : e.fingerprint()));
        out.println("  time         " + e.at() + (e.finishedAt() == null ? "" : " to " + e.finishedAt()) + " (" + e.outcome() + ")");
        out.println("  recipient    " + e.recipient() + (e.recipientUserId() == null ? "" : ", user id " + e.recipientUserId())
                + (e.tokenId() == null ? "" : ", token id " + e.tokenId()));
        out.println("  address      " + (e.address() == null ? "none (command line)" : e.address()));
        out.println("  format       " + e.format());
        out.println("  query        " + e.query());
        out.println("  records      " + (e.recordCount() == null ? "unknown" : e.recordCount()));
        if (e.dataSha256() != null) {
            out.println("  data file    " + e.dataSize() + " bytes, SHA-256 " + e.dataSha256());
        }
    }
}

package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code matbank export identify}: given a file that got out, name the export it came from, or say
 * plainly that none matches (exit code 1).
 */
class ExportIdentifyCommandTest {

    private static final Pattern FINGERPRINT = Pattern.compile("mbx-[a-z2-7]{26}");

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private CliRun matbank(String... arguments) {
        return CliRun.matbank(dataDir, arguments);
    }

    @Test
    void namesTheExportOfADataFileTakenOutOfItsZipAndNoneForAnUnrelatedFile() throws Exception {
        Path data = work.resolve("concrete.txt");
        Files.write(data, Files.readAllLines(Path.of("src/test/resources/data/concrete-uci/data.txt")).subList(0, 8));
        Path mapping = Path.of("src/main/resources/mappings/concrete-uci.json");
        assertThat(matbank("import", data.toString(), "--mapping", mapping.toString()).exitCode()).isZero();
        Path zip = work.resolve("strong.zip");
        String filter = "property.\"compressive strength\" >= 60 MPa";
        CliRun exported = matbank("search", "--filter", filter, "--export", "csv", "--out", zip.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        Matcher printed = FINGERPRINT.matcher(exported.out());
        assertThat(printed.find()).as(exported.out()).isTrue();
        String fingerprint = printed.group();

        Path csv = work.resolve("leaked.csv");
        Files.write(csv, entry(zip, "records.csv"));
        CliRun identified = matbank("export", "identify", csv.toString());

        assertThat(identified.exitCode()).as(identified.out() + identified.err()).isZero();
        assertThat(identified.out()).contains("Fingerprint " + fingerprint + " in leaked.csv", "The file comes from this export:",
                "recipient    command line (system user '" + System.getProperty("user.name") + "')", "format       csv",
                "records      2", "(complete)", "compressive strength");

        CliRun unrelated = matbank("export", "identify", data.toString());
        assertThat(unrelated.exitCode()).isEqualTo(1);
        assertThat(unrelated.out()).contains("No export matches " + data, "carries no fingerprint", "is not that of any exported file");

        CliRun missing = matbank("export", "identify", work.resolve("nothing-here.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
    }

    @Test
    void theWholeBankExportIsMarkedAndNamedToo() throws Exception {
        Path bank = work.resolve("bank.json");
        CliRun exported = matbank("export", "--out", bank.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(bank)).contains("\"matbank_export\"");

        CliRun identified = matbank("export", "identify", bank.toString());
        assertThat(identified.exitCode()).as(identified.out() + identified.err()).isZero();
        assertThat(identified.out()).contains("format       matbank-json", "\"whole_bank\":true");
        assertThat(matbank("export").exitCode()).as("--out is still needed without 'identify'").isEqualTo(2);
    }

    private static byte[] entry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }
}

package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter language from the command line: import concrete mixes, find the strong ones, export them. */
class SearchCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private CliRun matbank(String... arguments) {
        return CliRun.matbank(dataDir, arguments);
    }

    @Test
    void findsAndExportsWhatWasImported() throws Exception {
        Path data = work.resolve("concrete.txt");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/data/concrete-uci/data.txt")).subList(0, 8);
        Files.write(data, lines);
        Path mapping = Path.of("src/main/resources/mappings/concrete-uci.json");
        assertThat(matbank("import", data.toString(), "--mapping", mapping.toString()).exitCode()).isZero();

        // of the eight mixes, two reach 60 MPa (79.99 and 61.89)
        CliRun found = matbank("search", "--filter", "property.\"compressive strength\" >= 0.06 GPa");
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.out()).startsWith("2 materials");

        CliRun refused = matbank("search", "--filter", "property.\"compressive strength\" >= 60");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("at position 35", "needs a unit");

        Path zip = work.resolve("strong.zip");
        CliRun exported = matbank("search", "--filter", "property.\"compressive strength\" >= 60 MPa", "--export", "csv",
                "--out", zip.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        String csv = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("records.csv")) {
                    csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(csv).isNotNull();
        assertThat(csv.lines().count()).as("header and two materials").isEqualTo(3);
        assertThat(csv).contains("property:compressive strength [Pa]", "79990000", "61890000");
    }
}

package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matbank design} on a model of imported concrete mixes: a ranked batch as CSV, the next round, and a bad target refused. */
class DesignCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private CliRun matbank(String... arguments) {
        return CliRun.matbank(dataDir, arguments);
    }

    @Test
    void proposesMixesForAStrengthTargetAndRunsTheNextRound() throws Exception {
        Path data = work.resolve("concrete.txt");
        Files.write(data, Files.readAllLines(Path.of("src/test/resources/data/concrete-uci/data.txt")).subList(0, 60));
        assertThat(matbank("import", data.toString(), "--mapping", "src/main/resources/mappings/concrete-uci.json").exitCode()).isZero();
        CliRun trained = matbank("train", "--name", "concrete", "--target", "property:compressive strength", "--kind", "linear", "--folds", "3");
        Matcher model = Pattern.compile("id ([0-9a-f-]{36})").matcher(trained.out());
        assertThat(model.find()).as(trained.err()).isTrue();
        Path csv = work.resolve("mixes.csv");

        CliRun designed = matbank("design", "--name", "strong mix", "--model", model.group(1), "--target",
                "property:compressive strength>=50 MPa", "--target", "cost<=60", "--price", "ingredient:mixing/cement=0.1", "--cost-unit", "USD/m3",
                "--samples", "300", "--candidates", "3", "--seed", "2", "--out", csv.toString());

        assertThat(designed.exitCode()).as(designed.err()).isZero();
        assertThat(designed.out()).contains("Design strong mix", "round 1: 60 experiments", "#1", "#3", "ingredient:mixing/cement");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("rank,score,probability").contains("property:compressive strength mean", "cost mean");
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, 4)) {
            String[] cells = line.split(",");
            double cement = Double.parseDouble(cells[header.indexOf("ingredient:mixing/cement")]);
            assertThat(Double.parseDouble(cells[header.indexOf("cost mean")])).as("0.1 USD per kg of cement").isCloseTo(0.1 * cement,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        Matcher design = Pattern.compile("Design strong mix id ([0-9a-f-]{36})").matcher(designed.out());
        assertThat(design.find()).isTrue();

        CliRun next = matbank("design", "--next", design.group(1));
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("round 2: 60 experiments");

        CliRun refused = matbank("design", "--name", "bad", "--model", model.group(1), "--target", "property:compressive strength > 50");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--target", "property>=700 MPa");
    }
}

package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matbank train} and {@code matbank predict} on imported concrete mixes, and a bad prediction file refused by line and column. */
class TrainPredictCommandTest {

    private static final String CEMENT = "ingredient:mixing/cement";
    private static final String WATER = "ingredient:mixing/water";
    private static final String AGE = "parameter:curing/curing age";

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private CliRun matbank(String... arguments) {
        return CliRun.matbank(dataDir, arguments);
    }

    @Test
    void trainsOnImportedMixesAndPredictsAFileOfNewOnes() throws Exception {
        Path data = work.resolve("concrete.txt");
        Files.write(data, Files.readAllLines(Path.of("src/test/resources/data/concrete-uci/data.txt")).subList(0, 60));
        assertThat(matbank("import", data.toString(), "--mapping", "src/main/resources/mappings/concrete-uci.json").exitCode()).isZero();

        CliRun trained = matbank("train", "--name", "concrete", "--target", "property:compressive strength",
                "--kind", "random-forest", "--folds", "3", "--seed", "1");

        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("Model concrete v1 (random-forest)", "60 rows", CEMENT, AGE, "R2=");
        Matcher id = Pattern.compile("id ([0-9a-f-]{36})").matcher(trained.out());
        assertThat(id.find()).isTrue();

        Path rows = work.resolve("new-mixes.csv");
        Files.write(rows, List.of("\"" + CEMENT + "\",\"" + WATER + "\",\"" + AGE + "\"", "540,162,2419200", "300,190,", "540,162,86400000"));
        Path out = work.resolve("predicted.csv");
        CliRun predicted = matbank("predict", "--model", id.group(1), rows.toString(), "--out", out.toString());

        assertThat(predicted.exitCode()).as(predicted.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).endsWith("prediction,sigma,unit,outside_domain");
        assertThat(lines).hasSize(4);
        double strength = Double.parseDouble(lines.get(1).split(",")[3]);
        assertThat(strength).as("a 28-day mix with 540 kg/m³ cement, in Pa").isBetween(10e6, 100e6);
        assertThat(lines.get(3)).as("1,000 days of curing lie outside the training data").contains(AGE);

        Files.write(rows, List.of("\"" + CEMENT + "\"", "540", "lots"));
        CliRun refused = matbank("predict", "--model", id.group(1), rows.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("line 3", CEMENT, "not a number: lots");
    }
}

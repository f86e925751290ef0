package org.matbank.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.ml.ModelPrediction;
import org.matbank.ml.ModelService;
import org.matbank.shared.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matbank predict --model ID rows.csv}: predictions for the rows of a CSV whose header
 * names the model's input columns (values in SI; an empty cell is missing), written as CSV with
 * the prediction, its sigma and the features outside the training domain.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Predict the rows of a CSV with a stored model.")
class PredictCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "The model's id (matbank train prints it).")
    UUID model;

    @Parameters(index = "0", description = "CSV with a header naming the model's input columns.")
    Path input;

    @Option(names = "--out", description = "The CSV to write (default: standard output).")
    Path out;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> header = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, String>> cells = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(input)) {
            for (NamedCsvRecord record : reader) {
                if (header.isEmpty()) {
                    header.addAll(record.getHeader());
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : header) {
                    String cell = record.findField(column).orElse("").strip();
                    if (!cell.isEmpty()) {
                        try {
                            row.put(column, Double.parseDouble(cell));
                        } catch (NumberFormatException e) {
                            err.println(input + ": line " + record.getStartingLineNumber() + ", column '" + column + "': not a number: " + cell);
                            err.flush();
                            return 2;
                        }
                    }
                }
                rows.add(row);
                cells.add(record.getFieldsAsMap());
            }
        }
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            List<ModelPrediction> predictions = context.getBean(ModelService.class)
                    .predict(model, rows, context.getBean(DatasetAccess.class).audience((Caller) null));
            Writer writer = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            try (CsvWriter csv = CsvWriter.builder().build(writer)) {
                List<String> head = new ArrayList<>(header);
                head.addAll(List.of("prediction", "sigma", "unit", "outside_domain"));
                csv.writeRecord(head);
                for (int i = 0; i < rows.size(); i++) {
                    List<String> line = new ArrayList<>();
                    for (String column : header) {
                        line.add(cells.get(i).getOrDefault(column, ""));
                    }
                    ModelPrediction p = predictions.get(i);
                    line.addAll(List.of(Double.toString(p.value()), Double.toString(p.sigma()), p.unit(), String.join(";", p.outside())));
                    csv.writeRecord(line);
                }
            }
            return 0;
        } catch (InvalidInputException refused) {
            int code = Refusals.print(refused, err);
            err.flush();
            return code;
        }
    }
}

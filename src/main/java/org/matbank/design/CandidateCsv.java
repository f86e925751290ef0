package org.matbank.design;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A round's candidates as CSV (RFC 4180, UTF-8 with a header): what a lab takes to the furnace. */
public final class CandidateCsv {

    private CandidateCsv() {
    }

    public static String of(DesignOutcome outcome) {
        List<String> header = new ArrayList<>(List.of("rank", "score", "probability", "pareto", "outside_domain", "spec"));
        List<String> variables = outcome.candidates().isEmpty() ? List.of() : List.copyOf(outcome.candidates().get(0).values().keySet());
        List<String> choices = outcome.candidates().isEmpty() ? List.of() : List.copyOf(outcome.candidates().get(0).choices().keySet());
        header.addAll(variables);
        header.addAll(choices);
        for (Target t : outcome.targets()) {
            header.add(t.property() + " mean");
            header.add(t.property() + " sigma");
        }
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            write(csv, outcome, header, variables, choices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(CsvWriter csv, DesignOutcome outcome, List<String> header, List<String> variables, List<String> choices) {
        csv.writeRecord(header);
        for (Candidate c : outcome.candidates()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(c.rank()), String.valueOf(c.score()), String.valueOf(c.probability()),
                    String.valueOf(c.pareto()), String.valueOf(c.outsideDomain()), c.spec() == null ? "" : c.spec().toString()));
            variables.forEach(v -> cells.add(String.valueOf(c.values().get(v))));
            choices.forEach(v -> cells.add(c.choices().get(v)));
            c.estimates().forEach(e -> {
                cells.add(String.valueOf(e.mean()));
                cells.add(String.valueOf(e.sigma()));
            });
            csv.writeRecord(cells);
        }
    }
}

package org.matbank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.design.Acquisition;
import org.matbank.design.CandidateCsv;
import org.matbank.design.Cost;
import org.matbank.design.Design;
import org.matbank.design.DesignRequest;
import org.matbank.design.DesignService;
import org.matbank.design.DesignSpace;
import org.matbank.design.Strategy;
import org.matbank.design.Target;
import org.matbank.search.SearchService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code matbank design}: runs a design's first round with stored models (or, with {@code --next},
 * the next round of a stored design: every model retrained, then searched again), prints the
 * warnings and the ranked candidates, and writes them as CSV. Like {@code matbank train}, it works
 * on open data only.
 */
@Command(name = "design", mixinStandardHelpOptions = true, description = "Propose compositions and processes that reach target properties (docs/INVERSE-DESIGN.md).")
class DesignCommand implements Callable<Integer> {

    @Option(names = "--name", description = "The design's name (required for a new design).")
    String name;

    @Option(names = "--model", description = "A model's id (matbank train prints it); one per predicted property.")
    List<UUID> models = new ArrayList<>();

    @Option(names = "--target", description = "\"property:fatigue strength>=700 MPa\", \"...<=X unit\", \"...=LOW..HIGH unit\", or \"... max\" / \"... min\".")
    List<String> targets = new ArrayList<>();

    @Option(names = "--price", description = "A price for the cost target: \"composition:Mo (mass fraction)=40\" (per unit of the component's share). Target it as \"cost<=2.5\".")
    Map<String, Double> prices = new LinkedHashMap<>();

    @Option(names = "--cost-unit", defaultValue = "", description = "The unit of the cost, for display (e.g. USD/kg).")
    String costUnit;

    @Option(names = "--space", description = "The design space as JSON (docs/INVERSE-DESIGN.md). Default: the first model's training ranges.")
    Path space;

    @Option(names = "--strategy", description = "sampling (default), cma-es or nsga2.")
    String strategy;

    @Option(names = "--acquisition", description = "probability, expected-improvement, upper-confidence-bound or expected-value (default: chosen by the targets).")
    String acquisition;

    @Option(names = "--samples", description = "Space-filling candidates to draw. Default: 2000.")
    Integer samples;

    @Option(names = "--candidates", description = "How many to propose (the batch of next experiments). Default: 10.")
    Integer candidates;

    @Option(names = "--seed", defaultValue = "0", description = "Seed: the same seed and models give the same candidates.")
    long seed;

    @Option(names = "--next", description = "Run the next round of this stored design instead.")
    UUID next;

    @Option(names = "--out", description = "Also write the candidates to this CSV.")
    Path out;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            context.getBean(SearchService.class).awaitIndexed();
            Audience open = context.getBean(DatasetAccess.class).audience((Caller) null);
            DesignService designs = context.getBean(DesignService.class);
            // the command line acts as nobody in particular: it runs the rounds of designs it started
            Design design = next != null ? designs.nextRound(next, open, "command line", null, false)
                    : designs.create(request(context.getBean(JsonMapper.class)), open, "command line", null);
            DesignPrinter.print(design, stdout);
            if (out != null) {
                Files.writeString(out, CandidateCsv.of(design.latest().outcome()), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (InvalidInputException refused) {
            return Refusals.print(refused, err);
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private DesignRequest request(JsonMapper json) throws IOException {
        List<Violation> problems = new ArrayList<>();
        List<Target> parsed = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = TargetText.parse(targets.get(i));
            if (t == null) {
                problems.add(new Violation("--target", "cli.target", targets.get(i),
                        "write a target as \"property>=700 MPa\", \"property<=X\", \"property=LOW..HIGH unit\", or \"property max\" / \"property min\""));
            }
            parsed.add(t);
        }
        Strategy chosenStrategy = strategy == null ? null : Strategy.parse(strategy);
        if (strategy != null && chosenStrategy == null) {
            problems.add(new Violation("--strategy", "cli.strategy", strategy, "sampling, cma-es or nsga2"));
        }
        Acquisition chosenAcquisition = acquisition == null ? null : Acquisition.parse(acquisition);
        if (acquisition != null && chosenAcquisition == null) {
            problems.add(new Violation("--acquisition", "cli.acquisition", acquisition,
                    "probability, expected-improvement, upper-confidence-bound or expected-value"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(org.matbank.shared.Problem.INVALID, problems);
        }
        DesignSpace chosenSpace = space == null ? null : json.readValue(Files.readString(space), DesignSpace.class);
        Cost cost = prices.isEmpty() ? null : new Cost(costUnit, prices);
        return new DesignRequest(name, chosenSpace, parsed, models, cost, chosenStrategy, chosenAcquisition, samples, null, null, candidates,
                null, seed);
    }
}

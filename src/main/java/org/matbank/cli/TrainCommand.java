package org.matbank.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.ml.Model;
import org.matbank.ml.ModelAnalysis;
import org.matbank.ml.ModelKind;
import org.matbank.ml.ModelService;
import org.matbank.ml.TrainRequest;
import org.matbank.search.SearchService;
import org.matbank.shared.InvalidInputException;
import org.matbank.table.TableDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matbank train}: trains a model on a table of open data (the materials a filter selects),
 * stores it in the registry and prints its cross-validated metrics and its most important features.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a forward model on a table (docs/MODELS.md).")
class TrainCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, description = "The model's name; training again makes the next version.")
    String name;

    @Option(names = "--target", required = true, description = "The column to predict, e.g. \"property:fatigue strength\".")
    String target;

    @Option(names = "--filter", description = "The materials of the table (the search filter language).")
    String filter;

    @Option(names = "--text", description = "Words, Korean or English, that the materials must match.")
    String text;

    @Option(names = "--input", split = ",", description = "Input columns (default: every numeric column that is not a property).")
    List<String> inputs;

    @Option(names = "--kind", description = "gradient-boosting, random-forest, gaussian-process or linear (default: chosen by nested cross-validation).")
    String kind;

    @Option(names = "--magpie", description = "Add Magpie features of the composition.")
    boolean magpie;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds. Default: 5.")
    int folds;

    @Option(names = "--seed", defaultValue = "0", description = "Seed: the same seed and data give the same model.")
    long seed;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelKind chosen = kind == null ? null : ModelKind.parse(kind);
        if (kind != null && chosen == null) {
            err.println("--kind: unknown kind '" + kind + "'");
            err.flush();
            return 2;
        }
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            context.getBean(SearchService.class).awaitIndexed();
            // like 'matbank search', the command line works on open data only
            Audience open = context.getBean(DatasetAccess.class).audience((Caller) null);
            TrainRequest request = new TrainRequest(name, new TableDefinition(filter, text, List.of(), Map.of()), null, null, target, inputs, magpie,
                    chosen, Map.of(), folds, seed);
            Model model = context.getBean(ModelService.class).train(request, open, "command line");
            out.println("Model " + model.name() + " v" + model.version() + " (" + model.kind().json() + ") id " + model.id());
            out.println("  " + model.rows() + " rows, " + model.features().size() + " features; " + model.evaluation().method());
            out.println("  inputs (SI units; the header of a file for 'matbank predict'): " + String.join(", ", model.inputs().tableColumns()));
            out.println("  " + model.evaluation().metrics());
            out.println("  most important features (mean |SHAP|, permutation RMSE increase):");
            for (ModelAnalysis.FeatureImportance f : model.analysis().importance().stream().limit(8).toList()) {
                out.printf("    %-50s %12.5g %12.5g%n", f.feature(), f.shap(), f.permutation());
            }
            return 0;
        } catch (InvalidInputException refused) {
            return Refusals.print(refused, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}

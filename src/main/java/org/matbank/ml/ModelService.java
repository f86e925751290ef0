package org.matbank.ml;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.matbank.access.Audience;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Sha256;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model registry: trains models on tables (only the rows the caller sees), keeps them with
 * their provenance, and serves predictions, analyses and exported artifacts. A model is visible
 * to a caller who sees every dataset it learnt from; to anyone else it does not exist.
 */
@Service
public class ModelService {

    private final ModelRepository repository;
    private final ModelTables tables;
    private final JsonMapper json;
    private final String codeVersion;
    private final Map<UUID, Regressor> loaded = new ConcurrentHashMap<>();

    ModelService(ModelRepository repository, ModelTables tables, JsonMapper json, ObjectProvider<BuildProperties> build) {
        this.repository = repository;
        this.tables = tables;
        this.json = json;
        BuildProperties properties = build.getIfAvailable();
        this.codeVersion = "MatBank " + (properties == null ? "dev" : properties.getVersion() + " (" + properties.getTime() + ")");
    }

    /**
     * Trains, validates and stores a model; its version is the next of its name. Training runs
     * outside any transaction (it may take minutes); only the insert is one.
     */
    public Model train(TrainRequest request, Audience audience, String author) {
        if (request.name() == null || request.name().isBlank()) {
            throw invalid("name", "model.name", request.name(), "a model needs a name");
        }
        if (request.kind() == null && !request.parameters().isEmpty()) {
            throw invalid("parameters", "model.parameter", request.parameters().keySet(), "hyper-parameters need the model's kind");
        }
        ModelTables.Prepared prepared = tables.prepare(request, audience, author);
        TrainingSet data = prepared.data();
        List<ModelSelection.Candidate> candidates = request.kind() == null
                ? Learners.candidates(data.rows()) : List.of(ModelSelection.Candidate.of(Learners.of(request.kind(), request.parameters())));
        ModelTraining.Outcome outcome = ModelTraining.run(candidates, data, prepared.materials(), prepared.ranges(), request.foldsOrDefault(),
                request.seedOrDefault());
        byte[] document = outcome.model().toJson();
        Learner learner = outcome.chosen().learner();
        Model model = new Model(UUID.randomUUID(), request.name().strip(), repository.nextVersion(request.name().strip()),
                learner.kind(), request.target(), prepared.targetUnit(), prepared.inputs(), data.features(), prepared.definition(),
                prepared.tableId(), prepared.tableVersion(), prepared.snapshot(), data.rows(), prepared.publicRows(),
                learner.parameters(), request.seedOrDefault(), outcome.evaluation(), outcome.scale().scale(), outcome.domain(),
                outcome.analysis(), codeVersion, Sha256.of(document), author, Instant.now(), prepared.datasets());
        repository.insert(model, document);
        loaded.put(model.id(), outcome.model());
        return model;
    }

    /** The models the caller may see, newest first. */
    public List<Model> list(Audience audience) {
        return repository.all().stream().filter(m -> visible(m, audience)).toList();
    }

    /** The model, if it exists and the caller may see it. */
    public Optional<Model> find(UUID id, Audience audience) {
        return repository.find(id).filter(m -> visible(m, audience));
    }

    /** Predicts rows of table-column values; each prediction says whether it extrapolates. */
    public List<ModelPrediction> predict(UUID id, List<Map<String, Object>> rows, Audience audience) {
        Model model = get(id, audience);
        double[][] x = PredictionRows.features(model, rows);
        Predictions p = regressor(model).predict(x);
        List<ModelPrediction> out = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            List<String> outside = model.domain().outside(x[i]);
            out.add(new ModelPrediction(p.mean()[i], p.sigma()[i] * model.sigmaScale(), model.targetUnit(), !outside.isEmpty(), outside));
        }
        repository.used(model.id(), x.length);
        return out;
    }

    /**
     * A predictor of the model for batches of plain numbers, {@code columns} naming the index of each
     * table column in the rows (design searches).
     * The caller reports its rows with {@link #recordUse} when done, so that a search of 30,000
     * candidates is one usage record, not thousands.
     */
    public ModelPredictor predictor(UUID id, Map<String, Integer> columns, Audience audience) {
        Model model = get(id, audience);
        return new ModelPredictor(model, regressor(model), columns);
    }

    /** Records the rows a predictor has served as one use of its model. */
    public void recordUse(ModelPredictor predictor) {
        if (predictor.rows() > 0) {
            repository.used(predictor.model().id(), (int) Math.min(Integer.MAX_VALUE, predictor.rows()));
        }
    }

    /** Predictions as one input column moves over its training range, the others at {@code set} or the training medians. */
    public InputSweep.Curve whatIf(UUID id, Map<String, Double> set, String column, int points, Audience audience) {
        Model model = get(id, audience);
        return InputSweep.of(model, regressor(model), set, column, points);
    }

    /** Writes the model as a standalone artifact (ZIP). */
    public void export(UUID id, Audience audience, OutputStream out) {
        Model model = get(id, audience);
        ModelArtifact.write(model, repository.document(model.id()), json, out);
    }

    /** Prediction requests and rows a model has served. */
    public long[] usage(UUID id, Audience audience) {
        return repository.usage(get(id, audience).id());
    }

    /** The loaded model (read once from its document, then kept: stored models never change). */
    Regressor regressor(Model model) {
        return loaded.computeIfAbsent(model.id(), id -> Regressors.read(model.kind(), repository.document(id)));
    }

    /** The model, refused as not found (404) when it does not exist or the caller may not see it. */
    public Model get(UUID id, Audience audience) {
        // a hidden model is answered as one that does not exist
        return find(id, audience).orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND,
                new Violation("id", "model.unknown", id, "no model with this id")));
    }

    /** A caller sees a model when it sees every dataset the model learnt from. */
    static boolean visible(Model model, Audience audience) {
        return model.datasets().keySet().stream().allMatch(audience::sees);
    }

    static InvalidInputException invalid(String path, String rule, Object value, String message) {
        return new InvalidInputException(Problem.INVALID, List.of(new Violation(path, rule, value, message)));
    }
}

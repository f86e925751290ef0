package org.matbank.design;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.ml.Model;
import org.matbank.ml.ModelService;
import org.matbank.ml.TrainRequest;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.SaveResult;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Designs and their rounds: runs the first search, closes the loop (retrains every model on the
 * data as it is now and searches again) and saves candidates as planned experiments in a dataset.
 * A design is visible to whoever sees every model of its latest round; to anyone else it does not
 * exist. Searches and training run outside transactions; storing a round is one.
 */
@Service
public class DesignService {

    private final DesignRepository repository;
    private final ModelService models;
    private final RecordService records;
    private final TemplateService templates;
    private final TransactionTemplate transaction;

    DesignService(DesignRepository repository, ModelService models, RecordService records, TemplateService templates,
            TransactionTemplate transaction) {
        this.repository = repository;
        this.models = models;
        this.records = records;
        this.templates = templates;
        this.transaction = transaction;
    }

    /**
     * Runs the design's first round and keeps it.
     *
     * @param owner the signed-in user starting it (null: the command line or an anonymous caller)
     */
    public Design create(DesignRequest request, Audience audience, String author, UUID owner) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("name", "design.name", request.name(), "a design needs a name"));
        }
        DesignOutcome outcome = DesignEngine.run(request, models, audience);
        Design design = new Design(UUID.randomUUID(), request.name().strip(), author, owner, Instant.now(), request,
                List.of(round(1, outcome, author, audience)));
        repository.insert(design);
        return design;
    }

    /**
     * The next round: every model retrained (next version, same table definition, kind and settings),
     * then searched again with the next seed (seed + round - 1: new points, still repeatable). Only the
     * design's owner or an administrator may.
     */
    public Design nextRound(UUID id, Audience audience, String author, UUID actor, boolean admin) {
        Design design = get(id, audience);
        requireOwner(design, actor, admin, "run the next round");
        Design.Round last = design.latest();
        List<UUID> retrained = new ArrayList<>();
        for (UUID modelId : last.models()) {
            retrained.add(modelId == null ? null : retrain(models.get(modelId, audience), audience, author).id());
        }
        DesignOutcome outcome = DesignEngine.run(design.request().with(last.outcome().space(),
                retrained.stream().filter(Objects::nonNull).toList(), design.request().seedOrDefault() + last.round()), models, audience);
        repository.insert(design.id(), round(last.round() + 1, outcome, author, audience));
        return get(id, audience);
    }

    private Model retrain(Model model, Audience audience, String author) {
        return models.train(new TrainRequest(model.name(), model.tableDefinition(), null, null, model.target(), model.inputs().columns(),
                !model.inputs().magpie().isEmpty(), model.kind(), model.parameters(), model.evaluation().folds(), model.seed()), audience, author);
    }

    private Design.Round round(int number, DesignOutcome outcome, String author, Audience audience) {
        Model first = null;
        Target target = null;
        for (int t = 0; t < outcome.models().size() && first == null; t++) {
            if (outcome.models().get(t) != null) {
                first = models.get(outcome.models().get(t), audience);
                target = outcome.targets().get(t);
            }
        }
        double[] measured = first == null ? new double[0] : Objectives.measured(first);
        return new Design.Round(number, Instant.now(), author, outcome.models(), measured.length, best(target, measured), outcome);
    }

    /** The best measured value in the target's direction: the largest, the smallest, or the nearest a range's middle. */
    static Double best(Target target, double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        return switch (target.kind()) {
            case AT_MOST, MINIMISE -> sorted[0];
            case WITHIN -> {
                double middle = (target.low() + target.high()) / 2;
                double best = sorted[0];
                for (double v : sorted) {
                    best = Math.abs(v - middle) < Math.abs(best - middle) ? v : best;
                }
                yield best;
            }
            default -> sorted[sorted.length - 1];
        };
    }

    /**
     * Saves candidates of a round as planned experiments (specs) in a dataset, all or nothing. The
     * caller's right to write to the dataset is checked by the caller of this method.
     *
     * @return the material spec of each candidate, by rank
     */
    public Map<Integer, UUID> saveSpecs(UUID id, int round, List<Integer> ranks, UUID dataset, Audience audience, String author, UUID actor,
            boolean admin) {
        Design design = get(id, audience);
        requireOwner(design, actor, admin, "save its candidates");
        Map<String, DesignRepository.Saved> saved = repository.saved(design.id());
        if (round < 1 || round > design.rounds().size()) {
            throw new InvalidInputException(Problem.NOT_FOUND, new Violation("round", "design.round.unknown", round,
                    "the design has rounds 1 to " + design.rounds().size()));
        }
        List<Candidate> candidates = design.rounds().get(round - 1).outcome().candidates();
        List<Violation> problems = new ArrayList<>();
        if (ranks == null || ranks.isEmpty()) {
            problems.add(new Violation("candidates", "design.spec.candidates", ranks, "name the ranks of the candidates to save"));
        } else {
            for (int i = 0; i < ranks.size(); i++) {
                Integer rank = ranks.get(i);
                if (rank == null || rank < 1 || rank > candidates.size()) {
                    problems.add(new Violation("candidates[" + i + "]", "design.spec.rank", rank, "round " + round + " has candidates 1 to " + candidates.size()));
                } else if (saved.containsKey(round + "/" + rank)) {
                    problems.add(new Violation("candidates[" + i + "]", "design.spec.saved", rank, "candidate " + rank + " is saved already as spec "
                            + saved.get(round + "/" + rank).spec()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        Map<String, Link> processTemplates = new HashMap<>();
        for (Template t : templates.list(TemplateKind.PROCESS_TEMPLATE)) {
            processTemplates.putIfAbsent(t.name(), Link.platform(t.id()));
        }
        return transaction.execute(status -> {
            Map<Integer, UUID> specs = new LinkedHashMap<>();
            for (Integer rank : ranks.stream().distinct().toList()) {
                List<RecordObject> objects = PlannedExperiments.of(design, round, candidates.get(rank - 1), processTemplates, author);
                SaveResult result = records.create(objects, ValidationLevel.WARN, dataset, audience);
                UUID spec = result.objects().get(result.objects().size() - 1).id();
                repository.saved(design.id(), round, rank, spec, dataset);
                specs.put(rank, spec);
            }
            return specs;
        });
    }

    /** The designs the caller may see, newest first. */
    public List<Design.Summary> list(Audience audience) {
        return repository.summaries().stream().filter(l -> visible(l.models(), audience)).map(DesignRepository.Listed::summary).toList();
    }

    public Optional<Design> find(UUID id, Audience audience) {
        return repository.find(id).filter(d -> visible(d, audience)).map(d -> withSpecs(d, audience));
    }

    /** The design with the specs saved from its candidates, those in datasets the caller sees (the others are not named). */
    private Design withSpecs(Design design, Audience audience) {
        Map<String, DesignRepository.Saved> saved = repository.saved(design.id());
        if (saved.isEmpty()) {
            return design;
        }
        List<Design.Round> rounds = new ArrayList<>();
        for (Design.Round r : design.rounds()) {
            DesignOutcome o = r.outcome();
            List<Candidate> candidates = o.candidates().stream().map(c -> {
                DesignRepository.Saved s = saved.get(r.round() + "/" + c.rank());
                return s != null && (s.dataset() == null || audience.sees(s.dataset())) ? c.saved(s.spec()) : c;
            }).toList();
            rounds.add(new Design.Round(r.round(), r.createdAt(), r.author(), r.models(), r.experiments(), r.best(),
                    new DesignOutcome(o.space(), o.targets(), o.models(), o.strategy(), o.acquisition(), candidates, o.front(), o.warnings(),
                            o.evaluated(), o.seconds())));
        }
        return new Design(design.id(), design.name(), design.author(), design.owner(), design.createdAt(), design.request(), rounds);
    }

    private static void requireOwner(Design design, UUID actor, boolean admin, String action) {
        if (!admin && !Objects.equals(design.owner(), actor)) {
            throw new InvalidInputException(Problem.FORBIDDEN, new Violation("id", "design.owner", design.id(),
                    "only the one who started the design, or an administrator, may " + action));
        }
    }

    /** The design, refused as not found (404) when it does not exist or the caller may not see it. */
    public Design get(UUID id, Audience audience) {
        return find(id, audience).orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND,
                new Violation("id", "design.unknown", id, "no design with this id")));
    }

    private boolean visible(Design design, Audience audience) {
        return visible(design.latest().models(), audience);
    }

    private boolean visible(List<UUID> latestModels, Audience audience) {
        return latestModels.stream().filter(Objects::nonNull).allMatch(m -> models.find(m, audience).isPresent());
    }
}

package org.matbank.design;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.IntermediateCrossover;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.engine.Engine;
import io.jenetics.engine.RetryConstraint;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Multi-objective search (NSGA-II, Jenetics 7.2): a population of genes in the unit cube evolves
 * towards the Pareto front of the targets' objective vector (each bound's probability, each
 * objective's mean in its direction). One generation is evaluated as one batch per model. Genes
 * that break a rule are drawn again (Jenetics' retry constraint); the few that still do get the
 * worst vector. Sequential and seeded, so a seed gives the same front.
 */
final class Nsga2Search {

    private Nsga2Search() {
    }

    static void run(Evaluation evaluation, int population, int generations, long seed) {
        int genes = evaluation.encoding().genes();
        Genotype<DoubleGene> prototype = Genotype.of(DoubleChromosome.of(0, 1, Math.max(1, genes)));
        Engine<DoubleGene, Vec<double[]>> engine = new Engine.Builder<DoubleGene, Vec<double[]>>(
                people -> evaluate(evaluation, people), prototype)
                .optimize(Optimize.MAXIMUM)
                .populationSize(population)
                .offspringSelector(NSGA2Selector.ofVec())
                .survivorsSelector(NSGA2Selector.ofVec())
                .alterers(new IntermediateCrossover<>(0.6, 0.1), new GaussianMutator<>(Math.min(0.5, 2.0 / Math.max(1, genes))))
                .constraint(RetryConstraint.<DoubleGene, Vec<double[]>>of(p -> evaluation.valid(array(p.genotype()))))
                .executor(Runnable::run)
                .build();
        RandomGenerator random = new SplittableRandom(seed);
        RandomRegistry.with(random, r -> engine.stream().limit(generations).reduce((a, b) -> b));
    }

    private static ISeq<Phenotype<DoubleGene, Vec<double[]>>> evaluate(Evaluation evaluation, Seq<Phenotype<DoubleGene, Vec<double[]>>> people) {
        List<Phenotype<DoubleGene, Vec<double[]>>> open = people.stream().filter(Phenotype::nonEvaluated).toList();
        double[][] genes = open.stream().map(p -> array(p.genotype())).toArray(double[][]::new);
        List<Scoring.Row> rows = evaluation.evaluate(genes);
        int width = evaluation.scoring().width();
        double[] worst = new double[width];
        Arrays.fill(worst, -1e12);
        Map<Phenotype<DoubleGene, Vec<double[]>>, Vec<double[]>> fitness = new IdentityHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            Scoring.Row row = rows.get(i);
            fitness.put(open.get(i), Vec.of(row == null ? worst : row.objectives()));
        }
        return people.stream().map(p -> p.isEvaluated() ? p : p.withFitness(fitness.get(p))).collect(ISeq.toISeq());
    }

    private static double[] array(Genotype<DoubleGene> genotype) {
        return genotype.chromosome().as(DoubleChromosome.class).toArray();
    }
}

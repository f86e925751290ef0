package org.matbank.design;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A design as the bank keeps it: the request, and its rounds, each a search with the models of
 * its time. A new round retrains the models on the data as it is then (measured results of the
 * proposed experiments included) and searches again.
 *
 * @param owner the user who started it (null: the command line or an anonymous caller); only they
 *     or an administrator run its rounds and save its candidates
 */
public record Design(UUID id, String name, String author, UUID owner, Instant createdAt, DesignRequest request, List<Round> rounds) {

    public Design {
        rounds = List.copyOf(rounds);
    }

    /** The latest round. */
    public Round latest() {
        return rounds.get(rounds.size() - 1);
    }

    /**
     * One round of a design.
     *
     * @param models the models of the round, in the order of the targets (null for the cost)
     * @param experiments how many measured materials the first target's model learnt from
     * @param best the best of their measured values, in the first model target's direction (SI); null without data
     */
    public record Round(int round, Instant createdAt, String author, List<UUID> models, int experiments, Double best, DesignOutcome outcome) {
    }

    /** A design in a list: its name, author, rounds and latest figures. */
    public record Summary(UUID id, String name, String author, Instant createdAt, List<Target> targets, int rounds, int experiments,
            Double best) {
    }
}

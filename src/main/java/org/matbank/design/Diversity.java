package org.matbank.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a batch of candidates that are good and not all alike: best first, each next one only if it
 * lies at least the least distance from every one picked (variables scaled to their ranges, divided
 * by the square root of the dimensions so the distance is a share of the space's diagonal).
 * Categorical options do not count: no model reads them, so two candidates differing only in an
 * option would be the same prediction twice. If too few are far enough apart, the best of the rest fill up.
 */
final class Diversity {

    private Diversity() {
    }

    static List<Scoring.Row> select(List<Scoring.Row> ranked, int n, double least, SpaceEncoding encoding) {
        List<Integer> picked = new ArrayList<>(n);
        List<Integer> passed = new ArrayList<>();
        for (int i = 0; i < ranked.size() && picked.size() < n; i++) {
            Scoring.Row row = ranked.get(i);
            if (least <= 0 || picked.stream().allMatch(p -> distance(ranked.get(p), row, encoding) >= least)) {
                picked.add(i);
            } else if (passed.size() < n) {
                passed.add(i);
            }
        }
        for (int k = 0; picked.size() < n && k < passed.size(); k++) {
            picked.add(passed.get(k));
        }
        picked.sort(null);
        return picked.stream().map(ranked::get).toList();
    }

    static double distance(Scoring.Row a, Scoring.Row b, SpaceEncoding encoding) {
        double sum = 0;
        int dimensions = 0;
        for (int v = 0; v < a.x().length; v++) {
            double width = encoding.widthOf(v);
            if (width > 0) {
                double d = (a.x()[v] - b.x()[v]) / width;
                sum += d * d;
                dimensions++;
            }
        }
        return dimensions == 0 ? 0 : Math.sqrt(sum / dimensions);
    }
}

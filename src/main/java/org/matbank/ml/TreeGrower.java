package org.matbank.ml;

import java.util.SplittableRandom;

/**
 * Grows CART regression trees on bootstrap samples of one training set. Each feature's rows are
 * sorted once for the whole forest (missing values last); a tree keeps per feature the sorted
 * in-bag rows and partitions these lists stably at every split, so a node's rows stay sorted and
 * finding a split is one scan per feature. A row drawn k times weighs k.
 */
final class TreeGrower {

    private final double[][] column;
    private final double[] y;
    private final int[][] sorted;
    private final int minLeaf;
    private final int maxDepth;
    private final int tries;
    private final double[] importance;

    TreeGrower(double[][] column, double[] y, int[][] sorted, RandomForest params) {
        this.column = column;
        this.y = y;
        this.sorted = sorted;
        this.minLeaf = params.minLeaf();
        this.maxDepth = params.maxDepth();
        this.tries = Math.max(1, (int) Math.round(params.maxFeatures() * column.length));
        this.importance = new double[column.length];
    }

    /** The impurity decrease (weighted squared error) of every feature's splits so far. */
    double[] importance() {
        return importance;
    }

    Tree grow(int[] counts, SplittableRandom random) {
        return new Growth(counts, random).run();
    }

    /** The working state of one tree. */
    private final class Growth {
        private final int[] counts;
        private final SplittableRandom random;
        private final int[][] order;
        private final int[] buffer;
        private final boolean[] goesLeft;
        private final int[] permutation;
        private final NodeArrays nodes;
        private int bestFeature;
        private double bestScore;
        private double bestThreshold;
        private boolean bestNanLeft;

        Growth(int[] counts, SplittableRandom random) {
            this.counts = counts;
            this.random = random;
            int m = 0;
            for (int c : counts) {
                m += c > 0 ? 1 : 0;
            }
            order = new int[column.length][m];
            for (int f = 0; f < column.length; f++) {
                int k = 0;
                for (int r : sorted[f]) {
                    if (counts[r] > 0) {
                        order[f][k++] = r;
                    }
                }
            }
            buffer = new int[m];
            goesLeft = new boolean[y.length];
            permutation = new int[column.length];
            nodes = new NodeArrays(2 * m);
        }

        Tree run() {
            int m = buffer.length;
            int[] stack = new int[4 * m + 4];
            int top = 0;
            nodes.add();
            stack[top++] = 0;
            stack[top++] = 0;
            stack[top++] = m;
            stack[top++] = 0;
            while (top > 0) {
                int depth = stack[--top];
                int end = stack[--top];
                int start = stack[--top];
                int node = stack[--top];
                split(node, start, end, depth);
                if (nodes.feature[node] != Tree.LEAF) {
                    int mid = partition(start, end, nodes.feature[node], nodes.threshold[node], nodes.nanLeft[node]);
                    int left = nodes.add();
                    int right = nodes.add();
                    nodes.left[node] = left;
                    nodes.right[node] = right;
                    stack[top++] = right;
                    stack[top++] = mid;
                    stack[top++] = end;
                    stack[top++] = depth + 1;
                    stack[top++] = left;
                    stack[top++] = start;
                    stack[top++] = mid;
                    stack[top++] = depth + 1;
                }
            }
            return nodes.toTree();
        }

        /** Sets the node's value, and its split when one reduces the squared error. */
        private void split(int node, int start, int end, int depth) {
            int[] rows = order[0];
            double w = 0;
            double s = 0;
            for (int i = start; i < end; i++) {
                w += counts[rows[i]];
                s += counts[rows[i]] * y[rows[i]];
            }
            double mean = s / w;
            nodes.value[node] = mean;
            double sse = 0;
            for (int i = start; i < end; i++) {
                double e = y[rows[i]] - mean;
                sse += counts[rows[i]] * e * e;
            }
            if (end - start < 2 * minLeaf || depth >= maxDepth || !(sse > 0)) {
                return;
            }
            bestFeature = Tree.LEAF;
            bestScore = 0;
            int p = column.length;
            for (int j = 0; j < p; j++) {
                permutation[j] = j;
            }
            int tried = 0;
            for (int j = 0; j < p && tried < tries; j++) {
                if (tries < p) {
                    int k = j + random.nextInt(p - j);
                    int t = permutation[k];
                    permutation[k] = permutation[j];
                    permutation[j] = t;
                }
                tried += scan(permutation[j], start, end, mean) ? 1 : 0;
            }
            // the centred targets sum to about zero, so the score is the error reduction; the tiny
            // margin keeps rounding noise from splitting a node
            if (bestFeature != Tree.LEAF && bestScore > 1e-12 * sse) {
                nodes.feature[node] = bestFeature;
                nodes.threshold[node] = bestThreshold;
                nodes.nanLeft[node] = bestNanLeft;
                importance[bestFeature] += bestScore;
            }
        }

        /** Tries every split of one feature; false when the feature cannot split the node. */
        private boolean scan(int f, int start, int end, double mean) {
            double[] x = column[f];
            int[] rows = order[f];
            int nanStart = end;
            while (nanStart > start && Double.isNaN(x[rows[nanStart - 1]])) {
                nanStart--;
            }
            int known = nanStart - start;
            int missing = end - nanStart;
            if (known == 0 || missing == 0 && x[rows[start]] == x[rows[nanStart - 1]]) {
                return false;
            }
            double wK = 0;
            double sK = 0;
            for (int i = start; i < nanStart; i++) {
                wK += counts[rows[i]];
                sK += counts[rows[i]] * (y[rows[i]] - mean);
            }
            double wN = 0;
            double sN = 0;
            for (int i = nanStart; i < end; i++) {
                wN += counts[rows[i]];
                sN += counts[rows[i]] * (y[rows[i]] - mean);
            }
            double parent = (sK + sN) * (sK + sN) / (wK + wN);
            if (missing >= minLeaf && known >= minLeaf) {
                // known values one way, missing ones the other
                offer(f, sK * sK / wK + sN * sN / wN - parent, Double.MAX_VALUE, false);
            }
            double wL = 0;
            double sL = 0;
            for (int i = start, cL = 1; i < nanStart - 1; i++, cL++) {
                int r = rows[i];
                wL += counts[r];
                sL += counts[r] * (y[r] - mean);
                double a = x[r];
                double b = x[rows[i + 1]];
                if (a == b) {
                    continue;
                }
                int cR = known - cL;
                double wR = wK - wL;
                double sR = sK - sL;
                if (cL + missing >= minLeaf && cR >= minLeaf) {
                    boolean nanLeft = missing > 0 || wL >= wR;
                    double sl = sL + sN;
                    offer(f, sl * sl / (wL + wN) + sR * sR / wR - parent, between(a, b), nanLeft);
                }
                if (missing > 0 && cL >= minLeaf && cR + missing >= minLeaf) {
                    double sr = sR + sN;
                    offer(f, sL * sL / wL + sr * sr / (wR + wN) - parent, between(a, b), false);
                }
            }
            return true;
        }

        private void offer(int f, double score, double threshold, boolean nanLeft) {
            if (score > bestScore) {
                bestScore = score;
                bestFeature = f;
                bestThreshold = threshold;
                bestNanLeft = nanLeft;
            }
        }

        /** Moves the rows going left to the front of every feature's list, keeping both parts sorted. */
        private int partition(int start, int end, int f, double threshold, boolean nanLeft) {
            double[] x = column[f];
            int[] rows = order[0];
            int nLeft = 0;
            for (int i = start; i < end; i++) {
                double v = x[rows[i]];
                boolean left = Double.isNaN(v) ? nanLeft : v <= threshold;
                goesLeft[rows[i]] = left;
                nLeft += left ? 1 : 0;
            }
            for (int[] list : order) {
                int l = start;
                int r = 0;
                for (int i = start; i < end; i++) {
                    int row = list[i];
                    if (goesLeft[row]) {
                        list[l++] = row;
                    } else {
                        buffer[r++] = row;
                    }
                }
                System.arraycopy(buffer, 0, list, l, r);
            }
            return start + nLeft;
        }
    }

    /** A threshold strictly below b and not below a (the midpoint, unless rounding reaches b). */
    static double between(double a, double b) {
        double t = a * 0.5 + b * 0.5;
        return t < b && t >= a ? t : a;
    }
}

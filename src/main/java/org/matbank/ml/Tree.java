package org.matbank.ml;

/**
 * One regression tree as flat arrays indexed by node, the root at 0. A node with feature -1 is a
 * leaf; otherwise a row goes left when its value is at most the threshold, and a missing value
 * (NaN) goes left exactly when nanLeft is set. Every node keeps the mean target of its in-bag rows
 * as its value; a leaf's value is the tree's prediction.
 */
record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value, boolean[] nanLeft) {

    static final int LEAF = -1;

    int size() {
        return feature.length;
    }

    double predict(double[] row) {
        int node = 0;
        int f;
        while ((f = feature[node]) != LEAF) {
            double v = row[f];
            boolean goLeft = v != v ? nanLeft[node] : v <= threshold[node];
            node = goLeft ? left[node] : right[node];
        }
        return value[node];
    }
}

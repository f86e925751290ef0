package org.matbank.ml;

import java.util.Arrays;

/** The growing node arrays of a tree under construction. */
final class NodeArrays {

    int[] feature;
    double[] threshold;
    int[] left;
    int[] right;
    double[] value;
    boolean[] nanLeft;
    private int size;

    NodeArrays(int capacity) {
        feature = new int[capacity];
        threshold = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        value = new double[capacity];
        nanLeft = new boolean[capacity];
    }

    /** A new leaf; its index. */
    int add() {
        if (size == feature.length) {
            int c = Math.max(4, 2 * size);
            feature = Arrays.copyOf(feature, c);
            threshold = Arrays.copyOf(threshold, c);
            left = Arrays.copyOf(left, c);
            right = Arrays.copyOf(right, c);
            value = Arrays.copyOf(value, c);
            nanLeft = Arrays.copyOf(nanLeft, c);
        }
        feature[size] = Tree.LEAF;
        left[size] = Tree.LEAF;
        right[size] = Tree.LEAF;
        return size++;
    }

    Tree toTree() {
        return new Tree(Arrays.copyOf(feature, size), Arrays.copyOf(threshold, size), Arrays.copyOf(left, size),
                Arrays.copyOf(right, size), Arrays.copyOf(value, size), Arrays.copyOf(nanLeft, size));
    }
}

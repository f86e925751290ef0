package org.matbank.ml;

/**
 * A small limited-memory BFGS minimiser (Nocedal & Wright 2006, algorithm 7.4) with a
 * backtracking Armijo line search, kept inside a box by projection: enough for the dozen or so
 * hyper-parameters of a Gaussian process.
 */
final class Lbfgs {

    /** A differentiable function: returns f(x) and writes ∇f(x) into gradient. */
    interface Function {
        double value(double[] x, double[] gradient);
    }

    private static final int MEMORY = 7;

    private Lbfgs() {
    }

    /** Minimises f from start within [lower, upper]; returns the best point found. */
    static double[] minimise(Function f, double[] start, double[] lower, double[] upper, int maxEvaluations) {
        int n = start.length;
        double[] x = project(start, lower, upper);
        double[] g = new double[n];
        double fx = f.value(x, g);
        int evaluations = 1;
        if (!Double.isFinite(fx)) {
            return x;
        }
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        while (evaluations < maxEvaluations) {
            double[] dir = direction(g, s, y, rho, stored);
            double slope = dot(dir, g);
            if (!(slope < 0)) {
                dir = scale(g, -1);
                slope = dot(dir, g);
                stored = 0;
            }
            double step = 1;
            double[] xNew = null;
            double[] gNew = new double[n];
            double fNew = Double.POSITIVE_INFINITY;
            while (evaluations < maxEvaluations) {
                xNew = project(axpy(x, step, dir), lower, upper);
                fNew = f.value(xNew, gNew);
                evaluations++;
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * dot(g, sub(xNew, x))) {
                    break;
                }
                step *= 0.3;
                if (step < 1e-10) {
                    return x;
                }
            }
            if (!(fNew < fx)) {
                return x;
            }
            double[] sk = sub(xNew, x);
            double[] yk = sub(gNew, g);
            double sy = dot(sk, yk);
            double decrease = fx - fNew;
            x = xNew;
            g = gNew.clone();
            fx = fNew;
            if (sy > 1e-12) {
                if (stored == MEMORY) {
                    System.arraycopy(s, 1, s, 0, MEMORY - 1);
                    System.arraycopy(y, 1, y, 0, MEMORY - 1);
                    System.arraycopy(rho, 1, rho, 0, MEMORY - 1);
                    stored--;
                }
                s[stored] = sk;
                y[stored] = yk;
                rho[stored] = 1 / sy;
                stored++;
            }
            if (decrease < 1e-7 * Math.max(1, Math.abs(fx)) || Math.sqrt(dot(g, g)) < 1e-6) {
                return x;
            }
        }
        return x;
    }

    /** The two-loop recursion: −H∇f with the stored curvature pairs. */
    private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored) {
        double[] q = g.clone();
        double[] a = new double[stored];
        for (int i = stored - 1; i >= 0; i--) {
            a[i] = rho[i] * dot(s[i], q);
            q = axpy(q, -a[i], y[i]);
        }
        double gamma = stored == 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
        q = scale(q, gamma);
        for (int i = 0; i < stored; i++) {
            double b = rho[i] * dot(y[i], q);
            q = axpy(q, a[i] - b, s[i]);
        }
        return scale(q, -1);
    }

    private static double[] project(double[] x, double[] lower, double[] upper) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.min(upper[i], Math.max(lower[i], x[i]));
        }
        return p;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] axpy(double[] x, double a, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] + a * y[i];
        }
        return r;
    }

    private static double[] sub(double[] a, double[] b) {
        return axpy(a, -1, b);
    }

    private static double[] scale(double[] a, double f) {
        return axpy(new double[a.length], f, a);
    }
}

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic CSV of wrought aluminium alloy (7xxx-like) histories for the bulk-ingest benchmark.
 * One row = one material history: 10 alloying elements in wt% (Al is the balance, set by the mapping),
 * 4 process steps after melting with 2 parameters each, 3 measured properties.
 *
 *   java bench/GenerateAlloys.java N out.csv [SEED]
 *
 * The same N and SEED give byte-identical files (SplittableRandom, fixed Locale.ROOT formatting).
 */
public class GenerateAlloys {

    static final String[] ELEMENTS = {"Zn", "Mg", "Cu", "Si", "Fe", "Mn", "Cr", "Ti", "Zr", "Ni"};
    // nominal ranges in wt%, roughly the 7xxx series (7075, 7050, 7085...)
    static final double[] LOW = {4.0, 1.2, 0.8, 0.02, 0.05, 0.00, 0.00, 0.01, 0.00, 0.00};
    static final double[] HIGH = {8.5, 2.9, 2.6, 0.40, 0.50, 0.30, 0.28, 0.10, 0.15, 0.05};

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java GenerateAlloys.java N out.csv [SEED]");
            System.exit(2);
        }
        long n = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260101L;
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("id");
            for (String e : ELEMENTS) {
                header.append(',').append(e);
            }
            header.append(",HomT,Homt,HRT,HRred,SolT,Solt,AgeT,Aget,YS,El,HV\n");
            w.write(header.toString());
            StringBuilder line = new StringBuilder(256);
            for (long i = 1; i <= n; i++) {
                line.setLength(0);
                line.append("A").append(i);
                double zn = 0, mg = 0, cu = 0;
                for (int k = 0; k < ELEMENTS.length; k++) {
                    double v = LOW[k] + (HIGH[k] - LOW[k]) * random.nextDouble();
                    v = Math.round(v * 1000) / 1000.0;
                    if (k == 0) zn = v;
                    if (k == 1) mg = v;
                    if (k == 2) cu = v;
                    line.append(',').append(fmt(v, 3));
                }
                double homT = 440 + 40 * random.nextDouble();          // homogenisation, °C
                double homt = 4 + 20 * random.nextDouble();            // h
                double hrT = 380 + 60 * random.nextDouble();           // hot rolling entry temperature, °C
                double hrRed = 50 + 45 * random.nextDouble();          // thickness reduction, %
                double solT = 460 + 25 * random.nextDouble();          // solution treatment, °C
                double solt = 0.5 + 2.5 * random.nextDouble();         // h
                double ageT = 110 + 70 * random.nextDouble();          // artificial ageing, °C
                double aget = 4 + 44 * random.nextDouble();            // h
                // a crude, monotone "metallurgy": more solute and peak-ish ageing -> stronger, less ductile
                double solute = zn + 1.6 * mg + 1.2 * cu;
                double ageing = 1 - Math.abs(ageT - 125) / 120.0 - Math.abs(aget - 24) / 80.0;
                double ys = 180 + 32 * solute * (0.6 + 0.4 * ageing) + 15 * random.nextGaussian();
                ys = Math.max(150, Math.min(700, ys));
                double el = Math.max(2, Math.min(25, 22 - ys / 45 + 1.2 * random.nextGaussian()));
                double hv = Math.max(60, Math.min(230, ys / 3.0 + 15 + 4 * random.nextGaussian()));
                line.append(',').append(fmt(homT, 0)).append(',').append(fmt(homt, 1))
                        .append(',').append(fmt(hrT, 0)).append(',').append(fmt(hrRed, 1))
                        .append(',').append(fmt(solT, 0)).append(',').append(fmt(solt, 2))
                        .append(',').append(fmt(ageT, 0)).append(',').append(fmt(aget, 1))
                        .append(',').append(fmt(ys, 0)).append(',').append(fmt(el, 1))
                        .append(',').append(fmt(hv, 0)).append('\n');
                w.write(line.toString());
            }
        }
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}

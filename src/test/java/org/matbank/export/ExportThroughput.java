package org.matbank.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.matbank.search.MaterialFacts;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;

/**
 * Export throughput, by hand (not a test: no timing assertion): writes N synthetic materials
 * (5 components, 13 numbers with 4 significant digits as entered, 2 categories, one property
 * measured twice in 1 of 10) as CSV,
 * XLSX and Parquet ZIPs to a null stream and prints materials/s. XLSX only when asked. The
 * exports are marked (a fingerprint in every row of CSV and XLSX) unless {@code -Dunmarked=true}.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.matbank.export.ExportThroughput 200000 csv parquet
 * </pre>
 */
public final class ExportThroughput {

    private ExportThroughput() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<String> formats = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("csv", "parquet");
        List<MaterialFacts> pool = pool(2_000);
        TableLayoutBuilder builder = TableLayout.builder();
        pool.forEach(builder::add);
        TableLayout layout = builder.build();
        ExportService exports = new ExportService(null, null, new UnwrittenLog(),
                new StaticListableBeanFactory().getBeanProvider(BuildProperties.class));
        boolean unmarked = Boolean.getBoolean("unmarked");
        MaterialSource source = sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(pool.get(i % pool.size()));
            }
        };
        System.out.printf("%d materials, %d columns%n", n, layout.columns().size());
        for (int round = 0; round < 2; round++) {
            for (String format : formats) {
                ExportRequest request = unmarked ? ExportRequest.unmarked(ExportFormat.parse(format), ExportQuery.none())
                        : ExportRequest.to(new Recipient("throughput", null, null, null), ExportFormat.parse(format), ExportQuery.none());
                long start = System.nanoTime();
                long cpuStart = cpu();
                ExportManifest manifest = exports.table(request, layout, source, OutputStream.nullOutputStream());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (cpu() - cpuStart) / 1e9;
                System.out.printf("%s%-8s %,10.0f materials/s  (%.2f s wall, %.2f s CPU of this process, %,d bytes)%n",
                        round == 0 ? "warm-up " : "", format, manifest.recordCount() / seconds, seconds, cpuSeconds,
                        manifest.files().get(0).size());
            }
        }
    }

    /** An export log that keeps nothing: the writers are measured without a database. */
    private static final class UnwrittenLog extends ExportLog {
        UnwrittenLog() {
            super(null, null);
        }

        @Override
        void started(ExportRequest request, Instant at, Object query) {
        }

        @Override
        void complete(String fingerprint, long records, ExportManifest.DataFile data) {
        }

        @Override
        void cutOff(String fingerprint, long records, long bytes) {
        }
    }

    /** CPU time of the whole process (every thread, DuckDB's included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static List<MaterialFacts> pool(int size) {
        SplittableRandom random = new SplittableRandom(42);
        String[] elements = {"Fe", "Cr", "Ni", "Mn", "C"};
        String[] properties = {"tensile strength", "yield strength", "hardness", "elongation", "fatigue strength",
                "density", "thermal conductivity", "elastic modulus", "impact energy", "grain size"};
        String[] units = {"Pa", "Pa", "Pa", "", "Pa", "kg/m³", "W/(m·K)", "Pa", "J", "m"};
        List<MaterialFacts> pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<MaterialFacts.Component> composition = new ArrayList<>();
            double rest = 1;
            for (int e = 1; e < elements.length; e++) {
                double f = random.nextInt(500) / 10_000.0;   // entered as wt% with two decimals
                rest -= f;
                composition.add(new MaterialFacts.Component(elements[e], f, f * 1.05));
            }
            composition.add(0, new MaterialFacts.Component("Fe", rest, null));
            List<MaterialFacts.Fact> facts = new ArrayList<>();
            for (int p = 0; p < properties.length; p++) {
                // as entered (4 significant digits, in MPa), and its SI value as the unit conversion makes it (exact decimal)
                double entered = (1000 + random.nextInt(9000)) / 10.0;
                double value = Double.parseDouble(entered + "e6");
                facts.add(new MaterialFacts.Fact("property", properties[p], null, value, units[p], entered + " MPa", "measured"));
                if (p == 0 && i % 10 == 0) {
                    facts.add(new MaterialFacts.Fact("property", properties[p], null, value * 1.02, units[p], "x", "measured"));
                }
            }
            int celsius = 700 + random.nextInt(300);
            facts.add(new MaterialFacts.Fact("parameter", "temperature", "annealing", celsius + 273.15, "K", celsius + " °C", "specified"));
            facts.add(new MaterialFacts.Fact("parameter", "time", "annealing", 3600.0 * (1 + random.nextInt(4)), "s", "1 h", "specified"));
            facts.add(new MaterialFacts.Fact("condition", "temperature", null, 293.15, "K", "20 °C", "measured"));
            facts.add(new MaterialFacts.Fact("property", "phase", null, null, "", i % 2 == 0 ? "austenite" : "ferrite", "measured"));
            facts.add(new MaterialFacts.Fact("property", "fracture mode", null, null, "", "연성 파괴", "measured"));
            pool.add(new MaterialFacts(UUID.randomUUID(), "material_run", "STS304 시편 " + i, "metal", "stainless steel",
                    "김민지", "KIMS", LocalDate.of(2026, 1, 1 + i % 28), Instant.parse("2026-02-01T09:00:00Z").plusSeconds(i), false,
                    List.of("round robin"), Map.of("kims", "S-" + i), composition, facts, List.of(),
                    List.of("0190a1b2-0000-7000-8000-000000000001:1", "0190a1b2-0000-7000-8000-000000000002:" + (1 + i % 3))));
        }
        return pool;
    }
}

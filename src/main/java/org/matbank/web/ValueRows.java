package org.matbank.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.matbank.record.Attribute;
import org.matbank.record.Curve;
import org.matbank.record.FileLink;
import org.matbank.record.FileValue;
import org.matbank.record.NormalReal;
import org.matbank.record.RealValue;
import org.matbank.record.RecordObject;
import org.matbank.record.UniformReal;
import org.matbank.shared.Units;

/**
 * The value tables of the material page: each property, condition or parameter in the unit the
 * reader chose (converted from the stored SI value), with its spread, origin and the object that
 * carries it; the curves among them to plot; and the files attached to them.
 */
final class ValueRows {

    private static final String DIMENSIONLESS = "dimensionless";

    /**
     * A row. {@code name} is the recorded name (the unit choice is kept per name), {@code label}
     * its template's label; {@code units} are offered when {@code switchable} (the first row of a name).
     */
    record Row(String name, String label, UUID sourceId, String source, String distribution, String value, String unit,
            List<String> units, boolean switchable, String origin, String conditions, Integer points, String curve,
            String fileHref, String fileName) {
    }

    /** A curve to plot: its attribute, the object it belongs to, axis names with units, and the points. */
    record Plot(String id, String title, String source, String xLabel, String yLabel, List<double[]> points) {
    }

    /** A file to download: an uploaded file value or a link to a file kept elsewhere. */
    record Attachment(String name, String href, String source, String attribute) {
    }

    private final Map<String, String> chosen;
    private final TemplateLabels labels;
    private final Set<String> switches = new HashSet<>();
    private final List<Plot> plots = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();

    /** {@code chosen}: recorded attribute name -> the unit the reader picked. */
    ValueRows(Map<String, String> chosen, TemplateLabels labels) {
        this.chosen = chosen;
        this.labels = labels;
    }

    /** Rows of the attributes an object carries; {@code context} (a measurement's conditions) goes beside each. */
    List<Row> rows(RecordObject source, List<Attribute> attributes, List<Attribute> context) {
        List<Row> rows = new ArrayList<>();
        for (Attribute a : attributes) {
            List<Attribute> around = new ArrayList<>(context);
            around.addAll(a.conditions());
            String conditions = around.stream().map(c -> labels.of(c) + ": " + ValueTexts.entered(c.value()))
                    .collect(Collectors.joining("; "));
            rows.add(row(source, a, conditions));
            a.fileLinks().forEach(f -> link(f, source, labels.of(a)));
        }
        return rows;
    }

    /** The files linked from an object itself (not from one of its values). */
    void links(RecordObject source) {
        source.fileLinks().forEach(f -> link(f, source, null));
    }

    List<Plot> plots() {
        return plots;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    private Row row(RecordObject source, Attribute a, String conditions) {
        String label = labels.of(a);
        String distribution = ValueTexts.distribution(a.value());
        String origin = a.origin().json();
        if (a.value() instanceof RealValue real && Units.parse(real.units()) != null) {
            String entered = real.units() == null || real.units().isBlank() ? DIMENSIONLESS : real.units();
            List<String> units = new ArrayList<>(Display.choices(real.units()));
            if (!units.contains(entered)) {
                units.add(0, entered);
            }
            String unit = units.contains(chosen.get(a.name())) ? chosen.get(a.name()) : entered;
            boolean switchable = units.size() > 1 && switches.add(a.name());
            return new Row(a.name(), label, source.id(), source.name(), distribution, converted(a, real, unit),
                    DIMENSIONLESS.equals(unit) ? "" : unit, units, switchable, origin, conditions, null, null, null, null);
        }
        if (a.value() instanceof Curve curve) {
            String id = "curve-" + (plots.size() + 1);
            plots.add(new Plot(id, label, source.name(), axis(curve.xName(), curve.xUnits()), axis(curve.yName(), curve.yUnits()),
                    points(curve)));
            return new Row(a.name(), label, source.id(), source.name(), distribution, ValueTexts.entered(curve), "", List.of(),
                    false, origin, conditions, Math.min(curve.x().size(), curve.y().size()), id, null, null);
        }
        if (a.value() instanceof FileValue file) {
            String href = "/api/files/" + file.sha256();
            attachments.add(new Attachment(file.filename() == null ? file.sha256() : file.filename(), href, source.name(), label));
            return new Row(a.name(), label, source.id(), source.name(), distribution, ValueTexts.entered(file), "", List.of(),
                    false, origin, conditions, null, null, href, file.filename() == null ? file.sha256() : file.filename());
        }
        return new Row(a.name(), label, source.id(), source.name(), distribution, ValueTexts.entered(a.value()), "", List.of(),
                false, origin, conditions, null, null, null, null);
    }

    /** The value in {@code unit}: its centre from the stored SI value, its spread converted alongside. */
    private static String converted(Attribute a, RealValue real, String unit) {
        String si = a.si() != null ? a.si().unit() : Units.siUnit(real.units());
        double centre = a.si() != null ? a.si().value() : Units.toSi(real.central(), real.units());
        String shown = SearchTable.shown(Units.convert(centre, si, unit));
        if (real instanceof NormalReal normal) {
            double std = Math.abs(Units.convert(normal.mean() + normal.std(), real.units(), unit)
                    - Units.convert(normal.mean(), real.units(), unit));
            return shown + " ± " + SearchTable.shown(std);
        }
        if (real instanceof UniformReal uniform) {
            return SearchTable.shown(Units.convert(uniform.lowerBound(), real.units(), unit)) + " – "
                    + SearchTable.shown(Units.convert(uniform.upperBound(), real.units(), unit));
        }
        return shown;
    }

    private static String axis(String name, String unit) {
        String shown = name == null ? "" : name;
        return unit == null || unit.isBlank() ? shown : shown + " (" + unit + ")";
    }

    private static List<double[]> points(Curve curve) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < Math.min(curve.x().size(), curve.y().size()); i++) {
            points.add(new double[] {curve.x().get(i), curve.y().get(i)});
        }
        return points;
    }

    /** Only web and relative addresses become links: a javascript: address must never be clickable. */
    private void link(FileLink file, RecordObject source, String attribute) {
        String url = file.url() == null ? "" : file.url().strip();
        boolean safe = url.startsWith("https://") || url.startsWith("http://") || (url.startsWith("/") && !url.startsWith("//"));
        if (safe) {
            attachments.add(new Attachment(file.filename() == null || file.filename().isBlank() ? url : file.filename(), url,
                    source.name(), attribute));
        }
    }
}

package org.matbank.ingest;

import java.util.Optional;
import org.matbank.ingest.CsvMapping.AmountMapping;
import org.matbank.ingest.CsvMapping.AttributeMapping;
import org.matbank.record.Attribute;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalInteger;
import org.matbank.record.NominalReal;
import org.matbank.record.NormalReal;
import org.matbank.record.RecordBuilder;
import org.matbank.record.Value;
import org.matbank.shared.Origin;

/** Reads attribute values and ingredient amounts from the cells of one row, as the mapping says. */
final class MappedAttributes {

    private final MappedRow row;

    MappedAttributes(MappedRow row) {
        this.row = row;
    }

    static boolean isPercent(String unit) {
        return unit != null && unit.trim().endsWith("%");
    }

    /** The attribute, or empty when its cell is blank (a required one is then reported by validation). */
    Optional<Attribute> attribute(AttributeMapping m) {
        String unit = m.unitColumn() != null ? row.text(m.unitColumn()) : m.unit();
        Value value;
        String kind = m.kind() == null ? "real" : m.kind();
        if (kind.equals("categorical")) {
            String text = m.column() != null ? row.text(m.column()) : m.value();
            value = text == null ? null : new NominalCategorical(text);
        } else {
            Double number = m.column() != null ? row.number(m.column()) : constant(m);
            if (number == null) {
                return Optional.empty();
            }
            if (kind.equals("integer")) {
                if (number != Math.rint(number)) {
                    row.problem(m.column(), "csv.integer", number, "attribute '" + m.name() + "' takes whole numbers");
                    return Optional.empty();
                }
                value = new NominalInteger(number.longValue());
            } else if (m.stdColumn() != null && row.number(m.stdColumn()) != null) {
                value = new NormalReal(number, row.number(m.stdColumn()), unit == null ? "" : unit);
            } else {
                value = new NominalReal(number, unit == null ? "" : unit);
            }
        }
        if (value == null) {
            return Optional.empty();
        }
        Origin origin = m.origin() == null ? (m.column() == null ? Origin.SPECIFIED : Origin.MEASURED) : Origin.fromJson(m.origin());
        return Optional.of(Attribute.of(m.name(), m.template(), value, origin));
    }

    private Double constant(AttributeMapping m) {
        if (m.value() == null) {
            return null;
        }
        try {
            return Double.valueOf(m.value());
        } catch (NumberFormatException e) {
            row.problem(null, "mapping.number", m.value(), "the mapping's constant for '" + m.name() + "' is not a number");
            return null;
        }
    }

    /** Sets an ingredient's amount; percentages become fractions (GEMD fractions lie between 0 and 1). */
    void amount(RecordBuilder b, AmountMapping m, double value) {
        String quantity = m.quantity() == null ? "mass_fraction" : m.quantity();
        if (quantity.equals("absolute_quantity")) {
            b.absoluteQuantity(new NominalReal(value, m.unit() == null ? "" : m.unit()));
            return;
        }
        NominalReal fraction = new NominalReal(isPercent(m.unit()) ? Math.round(value / 100 * 1e12) / 1e12 : value, "");
        switch (quantity) {
            case "mass_fraction" -> b.massFraction(fraction);
            case "volume_fraction" -> b.volumeFraction(fraction);
            case "number_fraction" -> b.numberFraction(fraction);
            default -> row.problem(m.column(), "mapping.quantity", quantity,
                    "quantity must be mass_fraction, volume_fraction, number_fraction or absolute_quantity");
        }
    }
}

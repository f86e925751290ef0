package org.matbank.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.matbank.shared.Units;

/**
 * Resolves the attribute names of a filter (property."tensile strength", parameter.tempering.
 * "tempering temperature", composition.Cr) to index fields, and quantities to SI: a value in any
 * unit of the stored dimension is accepted; an unknown name or a unit of another dimension is
 * refused with the names and units that would work.
 */
final class Attributes {

    private static final List<String> ORIGINS = List.of("measured", "predicted", "specified", "computed", "unknown");

    private final Map<String, Set<String>> units;

    Attributes(Map<String, Set<String>> units) {
        this.units = units;
    }

    /** A numeric index field and how to bring a literal to its SI unit. */
    record Numeric(String field, String siUnit, String defaultUnit, String name) {

        double si(Filter.Literal value) {
            if (!value.isNumber()) {
                throw new FilterException(value.position(), name + " takes a number, not \"" + value.text() + "\"");
            }
            String unit = value.unit() != null ? value.unit() : defaultUnit;
            if (unit == null) {
                return value.number();
            }
            String si = siUnitOf(unit, value.position());
            if (!si.equals(siUnit)) {
                throw new FilterException(value.position(), "'" + unit + "' is not a unit of " + name
                        + ", which is stored in " + shown(siUnit));
            }
            return Units.toSi(value.number(), unit);
        }
    }

    static boolean isAttribute(String head) {
        return head.equals("property") || head.equals("parameter") || head.equals("condition") || head.equals("ingredient");
    }

    /** The attribute key of a path: "property|tensile strength", "parameter|tempering/temperature". */
    String key(Filter.Path path) {
        List<String> p = path.parts();
        String type = path.head();
        String name;
        if (p.size() == 2 || (p.size() == 3 && type.equals("property") && ORIGINS.contains(p.get(2)))) {
            name = p.get(1);
        } else if (p.size() == 3 && !type.equals("property")) {
            name = p.get(1) + "/" + p.get(2);
        } else {
            throw new FilterException(path.position(), "write " + type + ".NAME"
                    + (type.equals("property") ? " or property.NAME.ORIGIN (measured, predicted...)" : " or " + type + ".STEP.NAME")
                    + ", with the name in quotes when it has spaces: " + type + ".\"tensile strength\"");
        }
        String key = Fields.attribute(type, name);
        if (!units.containsKey(key)) {
            throw new FilterException(path.position(), "no material has a " + type + " named '" + name + "'" + suggestion(type, name));
        }
        return key;
    }

    boolean isText(Filter.Path path) {
        return units.getOrDefault(key(path), Set.of()).contains(Fields.TEXT_UNIT);
    }

    Numeric numeric(Filter.Path path, Filter.Literal sample) {
        String key = key(path);
        Set<String> stored = units.get(key).stream().filter(u -> !u.equals(Fields.TEXT_UNIT)).collect(Collectors.toSet());
        String name = path.head() + " '" + key.substring(key.indexOf('|') + 1) + "'";
        if (stored.isEmpty()) {
            throw new FilterException(sample.position(), name + " holds text: compare it with = \"...\"");
        }
        String origin = path.parts().size() == 3 && path.head().equals("property") ? path.parts().get(2) : null;
        String unit = sample.unit();
        String si;
        if (unit == null) {
            if (!stored.contains("")) {
                throw new FilterException(sample.position(), name + " needs a unit after " + sample
                        + "; it is stored in " + stored.stream().map(Attributes::shown).sorted().collect(Collectors.joining(", ")));
            }
            si = "";
        } else {
            si = siUnitOf(unit, sample.position());
            if (!stored.contains(si)) {
                throw new FilterException(sample.position(), "'" + unit + "' is not a unit of " + name + ", which is stored in "
                        + stored.stream().map(Attributes::shown).sorted().collect(Collectors.joining(", ")));
            }
        }
        String field = origin == null ? Fields.number(key, si) : Fields.numberWithOrigin(key, si, origin);
        return new Numeric(field, si, unit, name);
    }

    /** composition.Cr with wt% (mass fraction) or at% / mol% (atomic fraction). */
    static Numeric fraction(Filter.Path path, Filter.Literal sample) {
        if (path.parts().size() != 2) {
            throw new FilterException(path.position(), "write composition.ELEMENT, e.g. composition.Cr");
        }
        String basis = sample.unit() == null ? null : Units.basis(sample.unit());
        if (basis == null || basis.equals("volume")) {
            throw new FilterException(sample.position(), "a composition amount needs wt% (mass) or at% (atomic) after "
                    + sample);
        }
        String fraction = basis.equals("mass") ? "mass" : "atomic";
        return new Numeric(Fields.fraction(fraction, path.parts().get(1)), "", sample.unit(), "composition." + path.parts().get(1));
    }

    private static String siUnitOf(String unit, int position) {
        if (Units.parse(unit) == null) {
            throw new FilterException(position, "unknown unit '" + unit + "'");
        }
        return Units.siUnit(unit);
    }

    private static String shown(String siUnit) {
        return siUnit.isEmpty() ? "no unit (a number or %)" : siUnit;
    }

    private String suggestion(String type, String name) {
        List<String> close = units.keySet().stream().filter(k -> k.startsWith(type + "|"))
                .map(k -> k.substring(type.length() + 1))
                .sorted(Comparator.comparingInt(k -> distance(k.toLowerCase(), name.toLowerCase())))
                .limit(3).toList();
        return close.isEmpty() ? "" : "; did you mean " + close.stream().map(c -> "'" + c + "'").collect(Collectors.joining(" or ")) + "?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

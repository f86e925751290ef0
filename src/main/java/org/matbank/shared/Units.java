package org.matbank.shared;

import static tech.units.indriya.unit.Units.CELSIUS;
import static tech.units.indriya.unit.Units.HOUR;
import static tech.units.indriya.unit.Units.KELVIN;
import static tech.units.indriya.unit.Units.METRE;
import static tech.units.indriya.unit.Units.PERCENT;
import static tech.units.indriya.unit.Units.SECOND;
import static tech.units.indriya.unit.Units.WATT;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.UnitConverter;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;
import javax.measure.MetricPrefix;

/**
 * Units as researchers write them, parsed with Indriya (JSR 385), and values turned into SI.
 *
 * <p>Aliases cover the spellings Indriya does not read ({@code degC}, {@code °C}, {@code um},
 * {@code ppm}, {@code 1/s}) and one it reads wrongly: {@code W/m/K} parses as W·K/m, so it is
 * mapped to W/(m·K) before Indriya sees it. Percent kinds ({@code wt%}, {@code at%}, {@code vol%},
 * {@code mol%}) are all the dimensionless 0.01; which fraction they count is a domain distinction
 * kept by {@link #basis(String)}, not a unit: wt% and at% never convert into each other.
 */
public final class Units {

    private static final Unit<?> ONE = AbstractUnit.ONE;
    // fracture toughness, stress times the square root of a length: Indriya reads MPa·m^1:2 but
    // cannot convert units with fractional exponents, so MPa·m^0.5 is a unit of its own dimension
    private static final Unit<?> MPA_SQRT_M = new BaseUnit<>("MPa·m^0.5", UnitDimension.parse('Z'));
    private static final Map<String, Unit<?>> ALIASES = Map.ofEntries(
            Map.entry("", ONE), Map.entry("1", ONE), Map.entry("-", ONE), Map.entry("dimensionless", ONE),
            Map.entry("°C", CELSIUS), Map.entry("degC", CELSIUS), Map.entry("deg C", CELSIUS),
            Map.entry("celsius", CELSIUS), Map.entry("K", KELVIN),
            Map.entry("%", PERCENT), Map.entry("wt%", PERCENT), Map.entry("wt.%", PERCENT),
            Map.entry("at%", PERCENT), Map.entry("at.%", PERCENT), Map.entry("vol%", PERCENT),
            Map.entry("mol%", PERCENT), Map.entry("ppm", ONE.divide(1_000_000)),
            Map.entry("um", MetricPrefix.MICRO(METRE)), Map.entry("μm", MetricPrefix.MICRO(METRE)),
            Map.entry("1/s", ONE.divide(SECOND)), Map.entry("s^-1", ONE.divide(SECOND)),
            Map.entry("hr", HOUR), Map.entry("sec", SECOND),
            Map.entry("W/m/K", WATT.divide(METRE.multiply(KELVIN))),
            Map.entry("W/mK", WATT.divide(METRE.multiply(KELVIN))),
            Map.entry("MPa·m^0.5", MPA_SQRT_M), Map.entry("MPa*m^0.5", MPA_SQRT_M), Map.entry("MPa m^0.5", MPA_SQRT_M),
            Map.entry("MPa·m^1/2", MPA_SQRT_M), Map.entry("MPa·m^(1/2)", MPA_SQRT_M), Map.entry("MPa√m", MPA_SQRT_M),
            Map.entry("MPa·√m", MPA_SQRT_M), Map.entry("MN/m^1.5", MPA_SQRT_M), Map.entry("MN/m^3/2", MPA_SQRT_M),
            Map.entry("kPa·m^0.5", MPA_SQRT_M.divide(1000)),
            // spellings of the materials trade that Indriya does not read (found while writing the packs)
            Map.entry("tex", tech.units.indriya.unit.Units.KILOGRAM.divide(METRE).divide(1_000_000)),
            Map.entry("dtex", tech.units.indriya.unit.Units.KILOGRAM.divide(METRE).divide(10_000_000)),
            Map.entry("rpm", ONE.divide(tech.units.indriya.unit.Units.MINUTE)),
            Map.entry("1/min", ONE.divide(tech.units.indriya.unit.Units.MINUTE)),
            Map.entry("bar", tech.units.indriya.unit.Units.PASCAL.multiply(100_000)),
            Map.entry("mbar", tech.units.indriya.unit.Units.PASCAL.multiply(100)),
            Map.entry("mL", tech.units.indriya.unit.Units.LITRE.divide(1000)),
            Map.entry("ml", tech.units.indriya.unit.Units.LITRE.divide(1000)),
            Map.entry("L", tech.units.indriya.unit.Units.LITRE),
            Map.entry("g/10 min", tech.units.indriya.unit.Units.GRAM.divide(tech.units.indriya.unit.Units.MINUTE.multiply(10))),
            Map.entry("g/10min", tech.units.indriya.unit.Units.GRAM.divide(tech.units.indriya.unit.Units.MINUTE.multiply(10))),
            Map.entry("Ω/sq", tech.units.indriya.unit.Units.OHM), Map.entry("ohm/sq", tech.units.indriya.unit.Units.OHM),
            Map.entry("mAh/g", tech.units.indriya.unit.Units.COULOMB.multiply(3.6).divide(tech.units.indriya.unit.Units.GRAM)),
            Map.entry("°", tech.units.indriya.unit.Units.RADIAN.multiply(Math.PI / 180)),
            Map.entry("deg", tech.units.indriya.unit.Units.RADIAN.multiply(Math.PI / 180)),
            Map.entry("eV", tech.units.indriya.unit.Units.JOULE.multiply(1.602176634e-19)));
    private static final Map<String, Unit<?>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, UnitConverter> CONVERTERS = new ConcurrentHashMap<>();

    private Units() {
    }

    /**
     * Parses a unit as written. Returns null when the text is not a unit Indriya or the alias
     * table knows; callers turn that into a violation naming the attribute.
     */
    public static Unit<?> parse(String text) {
        String key = text == null ? "" : text.trim();
        Unit<?> alias = ALIASES.get(key);
        if (alias != null) {
            return alias;
        }
        Unit<?> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            Unit<?> unit = SimpleUnitFormat.getInstance().parse(key);
            unit.getConverterToAny(unit.getSystemUnit()); // MPa·m^1:2 parses, then fails to convert
            CACHE.put(key, unit);
            return unit;
        } catch (MeasurementParseException | IllegalArgumentException | UnsupportedOperationException
                | IncommensurableException e) {
            return null;
        }
    }

    /** True when both texts are units of the same physical dimension. */
    public static boolean compatible(String first, String second) {
        Unit<?> a = parse(first);
        Unit<?> b = parse(second);
        return a != null && b != null && a.isCompatible(b) && sameBasis(first, second);
    }

    /** Converts a value from one unit to another of the same dimension. */
    public static double convert(double value, String from, String to) {
        return converter(require(from), require(to)).convert(value);
    }

    /** The value in SI base units (temperatures in kelvin, stresses in pascal). */
    public static double toSi(double value, String unit) {
        Unit<?> source = require(unit);
        return converter(source, source.getSystemUnit()).convert(value);
    }

    /** The SI unit a unit normalises to, as text (for example Pa for MPa). */
    public static String siUnit(String unit) {
        Unit<?> system = require(unit).getSystemUnit();
        return system.equals(ONE) ? "" : system.toString();
    }

    /** The physical dimension of a unit, as text (for example [M]/([L]·[T]²)). */
    public static String dimension(String unit) {
        return require(unit).getDimension().toString();
    }

    /**
     * Which fraction a percent counts: "mass" for wt%, "atomic" for at%, "volume", "molar", or
     * null for units that carry no basis.
     */
    public static String basis(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.trim().toLowerCase(Locale.ROOT);
        if (u.startsWith("wt")) {
            return "mass";
        }
        if (u.startsWith("at") && !u.startsWith("atm")) {
            return "atomic";
        }
        if (u.startsWith("vol")) {
            return "volume";
        }
        return u.startsWith("mol%") ? "molar" : null;
    }

    private static boolean sameBasis(String first, String second) {
        String a = basis(first);
        String b = basis(second);
        return a == null || b == null || a.equals(b);
    }

    private static UnitConverter converter(Unit<?> from, Unit<?> to) {
        String key = from + "->" + to;
        UnitConverter cached = CONVERTERS.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            UnitConverter converter = from.getConverterToAny(to);
            CONVERTERS.put(key, converter);
            return converter;
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalArgumentException("cannot convert " + from + " to " + to, e);
        }
    }

    private static Unit<?> require(String text) {
        Unit<?> unit = parse(text);
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit: " + text);
        }
        return unit;
    }
}

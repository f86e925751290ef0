package org.matbank.design;

import java.util.Map;

/**
 * The cost of a candidate from ingredient prices, a property every design can bound without a
 * model: the sum of price x amount over the priced variables. A composition component's amount is
 * its share of the composition's total, so prices per kg of each element give the cost per kg of
 * the material; any other variable counts with its own value. Known exactly (sigma 0).
 *
 * @param unit the unit of the cost, for display ("KRW/kg")
 * @param prices variable to price ("composition:Mo (mass fraction)" to 40000)
 */
public record Cost(String unit, Map<String, Double> prices) {

    /** The property name by which targets refer to the cost. */
    public static final String PROPERTY = "cost";

    public Cost {
        unit = unit == null ? "" : unit;
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }
}

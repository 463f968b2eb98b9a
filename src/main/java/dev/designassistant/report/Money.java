package dev.designassistant.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A cost as reports show it: the configured prices' unit, to six decimals (a small answer costs fractions of a cent). */
final class Money {

    private Money() {
    }

    static String format(double cost) {
        return BigDecimal.valueOf(cost).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}

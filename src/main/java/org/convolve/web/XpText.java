package org.convolve.web;

import org.convolve.conv.Numbers;

/** How XP reads on the page: "3.5 of 5 XP". */
final class XpText {
    private XpText() {
    }

    static String of(double earned, double available) {
        return Numbers.format(earned) + " of " + Numbers.format(available) + " XP";
    }

    static String number(double xp) {
        return Numbers.format(xp);
    }
}

package dev.designassistant.injection;

import java.util.Map;

/** Cyrillic, Greek and full-width letters that look like Latin ones, read as the Latin letter they imitate. */
final class LookAlikes {

    private static final Map<Character, Character> LATIN = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ɡ', 'g'), Map.entry('ո', 'n'), Map.entry('ѵ', 'v'), Map.entry('ԝ', 'w'),
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'),
            Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('Х', 'X'), Map.entry('І', 'I'), Map.entry('Ѕ', 'S'), Map.entry('ο', 'o'), Map.entry('α', 'a'),
            Map.entry('ε', 'e'), Map.entry('ι', 'i'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ι', 'I'), Map.entry('Κ', 'K'),
            Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ο', 'O'), Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'),
            Map.entry('Χ', 'X'), Map.entry('Υ', 'Y'), Map.entry('Ζ', 'Z'));

    private LookAlikes() {
    }

    static char latin(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII
            return (char) (c - 0xFEE0);
        }
        return LATIN.getOrDefault(c, c);
    }
}

package dev.designassistant.injection;

import dev.designassistant.injection.InjectionHit.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters that change what a model reads without changing what a reviewer sees: bidirectional embeddings,
 * overrides and isolates (Trojan Source), Unicode tag characters (ASCII smuggling), runs of zero-width characters
 * or variation selectors (hidden payloads), and a zero-width character inside a Latin word. Left alone: a byte-order
 * mark at the start, the tag sequence of a flag emoji, a single zero-width joiner or non-joiner between letters of
 * scripts that use them, a single variation selector after an emoji, and the marks LRM/RLM of right-to-left text.
 */
final class HiddenUnicode {

    private HiddenUnicode() {
    }

    /** Whether the scan treats the code point as invisible (removed before phrases are matched). */
    static boolean isInvisible(int cp) {
        return isBidiControl(cp) || isTag(cp) || isZeroWidth(cp) || isVariationSelector(cp) || cp == 0x00AD;
    }

    static List<InjectionHit> scan(String text, InjectionScan.Lines lines) {
        List<InjectionHit> hits = new ArrayList<>();
        int lastLine = -1;
        int[] cps = text.codePoints().toArray();
        int offset = 0;
        for (int i = 0; i < cps.length; ) {
            int cp = cps[i];
            int run = runLength(cps, i);
            int runChars = 0;
            for (int k = i; k < i + Math.max(run, 1); k++) {
                runChars += Character.charCount(cps[k]);
            }
            if (run > 0) {
                int line = lines.lineOf(offset);
                if (line != lastLine && suspicious(cps, i, run, offset)) {
                    hits.add(new InjectionHit(Kind.HIDDEN_UNICODE, line, lines.columnOf(offset), line,
                            InjectionScan.excerpt(new String(cps, i, Math.min(run, 8)))
                                    + (run > 8 ? " … (" + run + " hidden characters)" : "")));
                    lastLine = line;
                }
                offset += runChars;
                i += run;
            } else {
                offset += Character.charCount(cp);
                i++;
            }
        }
        return hits;
    }

    /** How many invisible code points start at i (0 when cps[i] is visible). */
    private static int runLength(int[] cps, int i) {
        int n = 0;
        while (i + n < cps.length && isInvisible(cps[i + n])) {
            n++;
        }
        return n;
    }

    private static boolean suspicious(int[] cps, int i, int run, int offset) {
        int first = cps[i];
        int before = i > 0 ? cps[i - 1] : -1;
        int after = i + run < cps.length ? cps[i + run] : -1;
        for (int k = i; k < i + run; k++) {
            if (isBidiControl(cps[k])) {
                return true;
            }
        }
        if (isTag(first)) {
            boolean flag = before == 0x1F3F4 && cps[i + run - 1] == 0xE007F;
            return !flag;
        }
        if (run == 1 && first == 0xFEFF && offset == 0) {
            return false; // a byte-order mark
        }
        if (run >= 2) {
            // an emoji's presentation selector next to a joiner (U+FE0F U+200D) is how emoji sequences are written
            return !(run == 2 && (first == 0xFE0F && cps[i + 1] == 0x200D || first == 0x200D && cps[i + 1] == 0xFE0F));
        }
        if (isVariationSelector(first) || first == 0x00AD) {
            return false;
        }
        // one zero-width character: suspicious inside a Latin word, ordinary between emoji or in Indic/Persian text
        return isAsciiLetter(before) && isAsciiLetter(after);
    }

    private static boolean isAsciiLetter(int cp) {
        return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z';
    }

    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    static boolean isTag(int cp) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }

    static boolean isZeroWidth(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp >= 0x2060 && cp <= 0x2064 || cp == 0xFEFF
                || cp == 0x180E;
    }

    static boolean isVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }
}

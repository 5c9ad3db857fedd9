package org.tongban.search;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pinyin of Chinese text (HanLP): the syllables without tones ({@code 公积金} → {@code gong ji jin}), their
 * initials ({@code g j j}), and the reverse for what people type in Latin letters: {@code gongjijin} split
 * into valid syllables, {@code gjj} read as initials. Letters and digits in the text are kept as they are.
 */
final class Pinyin {

    private static final Set<String> SYLLABLES = new HashSet<>();
    private static final int LONGEST = 6;

    static {
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : com.hankcs.hanlp.dictionary.py.Pinyin.values()) {
            String s = p.getPinyinWithoutTone().toLowerCase(Locale.ROOT).replace("ü", "v");
            if (!s.equals("none")) {
                SYLLABLES.add(s);
            }
        }
    }

    private Pinyin() {
    }

    /** The syllables of the text, one per Chinese character; runs of letters or digits as one token each. */
    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<com.hankcs.hanlp.dictionary.py.Pinyin> pinyins = HanLP.convertToPinyinList(text);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(run, out);
                String s = i < pinyins.size() ? pinyins.get(i).getPinyinWithoutTone().toLowerCase(Locale.ROOT)
                        .replace("ü", "v") : "none";
                if (!s.equals("none")) {
                    out.add(s);
                }
            } else if (Character.isLetterOrDigit(c)) {
                run.append(Character.toLowerCase(c));
            } else {
                flush(run, out);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (!run.isEmpty()) {
            out.add(run.toString());
            run.setLength(0);
        }
    }

    /**
     * The syllables with the sounds many speakers (and their typing) do not tell apart folded together
     * (模糊音): zh/z, ch/c, sh/s, n/l at the start; ing/in, eng/en, ang/an at the end. {@code shi ye jing}
     * and {@code shi ye jin} then read the same.
     */
    static String fuzzy(String spaced) {
        StringBuilder out = new StringBuilder();
        for (String s : spaced.split(" ")) {
            if (s.isEmpty()) {
                continue;
            }
            String f = s.replaceFirst("^zh", "z").replaceFirst("^ch", "c").replaceFirst("^sh", "s")
                    .replaceFirst("^n(?=[aeiouv])", "l").replaceFirst("ing$", "in").replaceFirst("eng$", "en")
                    .replaceFirst("ang$", "an");
            out.append(out.isEmpty() ? "" : " ").append(f);
        }
        return out.toString();
    }

    /** The syllables joined by spaces, as the index keeps them. */
    static String spaced(String text) {
        return String.join(" ", syllables(text));
    }

    /** The first letter of each syllable, joined by spaces ({@code g j j}). */
    static String initials(String text) {
        List<String> letters = new ArrayList<>();
        for (String s : syllables(text)) {
            letters.add(s.substring(0, 1));
        }
        return String.join(" ", letters);
    }

    /** The syllables joined without spaces ({@code gongjijin}), for prefix matching as people type. */
    static String joined(String text) {
        return String.join("", syllables(text));
    }

    /** The first letters joined ({@code gjj}). */
    static String initialsJoined(String text) {
        return initials(text).replace(" ", "");
    }

    /** Latin letters only (what people type as pinyin or initials). */
    static boolean isLatin(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    /**
     * The letters split into valid pinyin syllables ({@code gongjijin} → {@code gong ji jin}), preferring fewer,
     * longer syllables; null when they cannot be split completely.
     */
    static List<String> split(String letters) {
        String s = letters.toLowerCase(Locale.ROOT);
        int n = s.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int len = 1; len <= LONGEST && i + len <= n; len++) {
                if (SYLLABLES.contains(s.substring(i, i + len)) && best[i] + 1 < best[i + len]) {
                    best[i + len] = best[i] + 1;
                    from[i + len] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, s.substring(from[end], end));
        }
        return out;
    }
}

package org.passerelle.qa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a segment a report shows: the whole text when it is short, else a window of context
 * around each marked span (windows that touch are merged), so a report grows with the input and
 * never with findings times text.
 */
final class TextWindows {
    /** Texts up to this length are shown whole. */
    static final int WHOLE = 2_000;
    /** Characters of context on each side of a span in a long text. */
    static final int CONTEXT = 160;

    /** One shown part: its offset in the segment and its text. */
    record Piece(int start, String text) {
    }

    private TextWindows() {
    }

    /** @param spans start and length of each span to show, offsets into {@code text} */
    static List<Piece> of(String text, List<int[]> spans) {
        if (text.length() <= WHOLE) {
            return List.of(new Piece(0, text));
        }
        List<int[]> windows = new ArrayList<>();
        spans.stream().sorted(Comparator.comparingInt(s -> s[0])).forEach(s -> {
            int start = clamp(s[0] - CONTEXT, text);
            int end = clamp(s[0] + s[1] + CONTEXT, text);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                windows.add(new int[] {start, end});
            }
        });
        if (windows.isEmpty()) {
            windows.add(new int[] {0, CONTEXT * 2});
        }
        List<Piece> pieces = new ArrayList<>();
        for (int[] w : windows) {
            int start = w[0] > 0 && Character.isLowSurrogate(text.charAt(w[0])) ? w[0] - 1 : w[0];
            int end = w[1] < text.length() && Character.isLowSurrogate(text.charAt(w[1])) ? w[1] + 1 : w[1];
            pieces.add(new Piece(start, text.substring(start, end)));
        }
        return pieces;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}

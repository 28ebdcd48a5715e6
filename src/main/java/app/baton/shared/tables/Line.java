package app.baton.shared.tables;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One line of a CSV file as read: the characters of all its cells in one array, so that a reader can look at a cell
 * ({@link #text(int)}) without a string being made for it — a 100,000-row report has a million cells, most of them
 * numbers read straight from their characters. {@link #get(int)} makes the cell's string, for what is kept.
 *
 * <p>The lines of a file share one instance: a line is valid until the next one is read; copy what you keep.
 */
public final class Line extends AbstractList<String> implements RandomAccess {

    private char[] chars = new char[512];
    private int used;
    private int[] bounds = new int[64];
    private int size;
    private final Window window = new Window();

    Line() {}

    /** The cell's characters, without making a string; the view is valid until the next call or the next line. */
    public CharSequence text(int index) {
        Objects.checkIndex(index, size);
        window.start = bounds[2 * index];
        window.end = bounds[2 * index + 1];
        return window;
    }

    /** The cell's characters: {@link #text(int)} for a CSV line, the cell's string for any other list of cells. */
    public static CharSequence text(List<String> cells, int index) {
        return cells instanceof Line line ? line.text(index) : cells.get(index);
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        int start = bounds[2 * index];
        return new String(chars, start, bounds[2 * index + 1] - start);
    }

    @Override
    public int size() {
        return size;
    }

    void reset() {
        used = 0;
        size = 0;
    }

    void add(char[] source, int offset, int length) {
        if (used + length > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        if (2 * size + 2 > bounds.length) {
            bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        System.arraycopy(source, offset, chars, used, length);
        bounds[2 * size] = used;
        bounds[2 * size + 1] = used + length;
        used += length;
        size++;
    }

    /** A cell's characters in the line's array. */
    private final class Window implements CharSequence {
        private int start;
        private int end;

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            Objects.checkIndex(index, end - start);
            return chars[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            Objects.checkFromToIndex(from, to, end - start);
            return new String(chars, start + from, to - from);
        }

        @Override
        public String toString() {
            return new String(chars, start, end - start);
        }
    }
}

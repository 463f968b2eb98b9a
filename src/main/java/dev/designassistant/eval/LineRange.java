package dev.designassistant.eval;

/** Lines {@code start} to {@code end} of a file, from 1, both included. */
public record LineRange(int start, int end) {

    /** Whether the two ranges share a line. */
    public boolean overlaps(LineRange other) {
        return start <= other.end && other.start <= end;
    }

    @Override
    public String toString() {
        return start == end ? String.valueOf(start) : start + "-" + end;
    }
}

package org.convolve.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Immutable copies that tolerate the nulls a half-written content file produces, so the loader can
 * report "missing pairs" instead of failing inside a record constructor with a bare NPE.
 */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(source));
    }

    static List<List<Integer>> grid(List<List<Integer>> source) {
        if (source == null) {
            return List.of();
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (List<Integer> row : source) {
            rows.add(list(row));
        }
        return Collections.unmodifiableList(rows);
    }

    static int[][] toArray(List<List<Integer>> grid) {
        int[][] array = new int[grid.size()][];
        for (int r = 0; r < grid.size(); r++) {
            array[r] = grid.get(r).stream().mapToInt(Integer::intValue).toArray();
        }
        return array;
    }
}

package org.flipside.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the API returns it and the list pages render it.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** Page {@code page} (from 0) of {@code size} items of a list already held whole; past the end it is empty. */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) Math.max(0, page) * size, all.size());
        return new PageOf<>(all.subList(from, Math.min(all.size(), from + size)), Math.max(0, page), size, all.size());
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}

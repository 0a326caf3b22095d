package tech.openfactory.service.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The service's rows, kept in memory: a deployment has a JPA repository per entity here, and the privacy code is
 * written against this class the same way it would be against them.
 */
public final class Database {
    private final Map<Class<?>, List<Object>> rows = new LinkedHashMap<>();

    public synchronized <T> T save(T row) {
        rows.computeIfAbsent(row.getClass(), k -> new ArrayList<>()).add(row);
        return row;
    }

    public synchronized <T> List<T> all(Class<T> type) {
        return rows.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }

    /** Deletes the rows of a type that match; returns how many. */
    public synchronized <T> int deleteIf(Class<T> type, Predicate<? super T> which) {
        List<Object> of = rows.getOrDefault(type, new ArrayList<>());
        int before = of.size();
        of.removeIf(row -> which.test(type.cast(row)));
        return before - of.size();
    }
}

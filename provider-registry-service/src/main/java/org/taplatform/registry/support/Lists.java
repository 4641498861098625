package org.taplatform.registry.support;

import java.util.ArrayList;
import java.util.List;

/** Lists as the registry stores them: mutable (Hibernate replaces them), without repeats, never null. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> distinct(List<T> values) {
        return new ArrayList<>(values == null ? List.of() : values.stream().distinct().toList());
    }

    public static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

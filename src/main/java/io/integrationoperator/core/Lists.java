package io.integrationoperator.core;

import java.util.List;
import java.util.Map;

/** Absent lists and maps in the API model read as empty ones. */
final class Lists {
  private Lists() {}

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}

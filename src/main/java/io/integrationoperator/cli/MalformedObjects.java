package io.integrationoperator.cli;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Says what is wrong with an object that does not fit this operator's API model, by field path
 * ("spec.integrationRef: expected an object"), instead of a Java class name.
 */
final class MalformedObjects {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MalformedObjects() {}

  /** The field and the problem, from the first JSON mapping error among the causes. */
  static String describe(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JsonMappingException mapping) {
        return path(mapping) + ": " + problem(mapping);
      }
    }
    return "(document): cannot be read as an object of its kind";
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(document)" : path.toString();
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
      return "'" + invalid.getValue() + "' is not one of " + values(invalid.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      return "expected " + describe(mismatched.getTargetType());
    }
    // Not Jackson's own text: it may quote the value, and the object may be a Secret.
    return "has a value of the wrong type or form";
  }

  /** An enum's values as they are written in YAML, not as Java names them. */
  private static List<String> values(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> JSON.convertValue(constant, String.class))
        .toList();
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a map of names to values";
    }
    return "an object";
  }
}

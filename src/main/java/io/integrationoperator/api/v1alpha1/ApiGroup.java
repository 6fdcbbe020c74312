package io.integrationoperator.api.v1alpha1;

/** The API group and version of the operator's resources. */
public final class ApiGroup {
  public static final String NAME = "integration-operator.io";
  public static final String VERSION = "v1alpha1";

  private ApiGroup() {}
}

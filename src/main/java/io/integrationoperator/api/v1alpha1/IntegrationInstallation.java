package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** An integration installed for one tenant namespace, optionally with the tenant's own app. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Group(ApiGroup.NAME)
@Version(ApiGroup.VERSION)
@ShortNames("intinst")
@Categories("integration-operator")
@AdditionalPrinterColumn(name = "Integration", jsonPath = ".spec.integrationRef.name")
@AdditionalPrinterColumn(name = "Source", jsonPath = ".status.credentialSource")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status")
@AdditionalPrinterColumn(
    name = "Reason",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Message",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].message",
    priority = 1)
public class IntegrationInstallation extends CustomResource<InstallationSpec, InstallationStatus>
    implements Namespaced {}

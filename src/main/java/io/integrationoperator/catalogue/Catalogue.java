package io.integrationoperator.catalogue;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.DefaultCredentialsSpec;
import io.integrationoperator.api.v1alpha1.Integration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The built-in catalogue of real OAuth providers, read from the classpath folder {@value #FOLDER}.
 * Each entry omits the installer's settings (the platform's redirect URI and its
 * default-credentials Secret), which {@link #load} fills in.
 */
public final class Catalogue {
  public static final String FOLDER = "catalogue/";
  static final String INDEX = FOLDER + "index.txt";

  private Catalogue() {}

  /** The entry names, as listed in {@value #INDEX}, in order. */
  public static List<String> names() {
    return new String(read(INDEX), StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** The file of one entry, exactly as shipped. */
  public static String source(String name) {
    return new String(read(FOLDER + name + ".yaml"), StandardCharsets.UTF_8);
  }

  /**
   * Every entry with the installer's settings filled in.
   *
   * @param redirectUri the platform's OAuth callback URL
   * @param secretNames the name of the Secret with the platform's app for an entry, or null (or a
   *     null function) for an entry without one, whose tenants must bring their own app
   */
  public static List<Integration> load(String redirectUri, Function<String, String> secretNames) {
    return names().stream().map(name -> load(name, redirectUri, secretNames)).toList();
  }

  /** One entry with the installer's settings filled in, as for {@link #load(String, Function)}. */
  public static Integration load(
      String name, String redirectUri, Function<String, String> secretNames) {
    Integration integration = parse(name);
    integration.getSpec().getOauth().setRedirectUri(redirectUri);
    String secretName = secretNames == null ? null : secretNames.apply(name);
    if (secretName != null) {
      CredentialsSecretRef ref = new CredentialsSecretRef();
      ref.setName(secretName);
      DefaultCredentialsSpec credentials = new DefaultCredentialsSpec();
      credentials.setSecretRef(ref);
      integration.getSpec().setDefaultCredentials(credentials);
    }
    return integration;
  }

  /** One entry as shipped, without the installer's settings. */
  public static Integration parse(String name) {
    try (InputStream in = open(FOLDER + name + ".yaml")) {
      return Serialization.unmarshal(in, Integration.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue entry " + name, e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no catalogue resource " + resource);
    }
    return in;
  }
}

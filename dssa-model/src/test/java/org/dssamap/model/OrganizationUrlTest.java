package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Which addresses an organization may have: absolute http or https ones with a host, as {@link URI} reads them. */
class OrganizationUrlTest {
  /**
   * The rule, stated by {@link URI} alone: an absolute address whose scheme is http or https in any case, with a
   * host, and none of the characters that would break out of an attribute or a quoted string.
   */
  private static boolean webUrlByUri(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null
          && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
          && uri.getHost() != null
          && text.chars().noneMatch(c -> c <= 0x20 || "\"<>\\`".indexOf(c) >= 0);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Addresses and near misses: schemes, hosts and paths built from the characters that decide. */
  private static Gen<String> addresses() {
    List<String> schemes = List.of("http://", "https://", "HTTPS://", "Http://", "ftp://", "javascript:", "http:/",
        "https:", "");
    String hostChars = "abz09-.-.A_:@[]";
    String pathChars = "abzAZ09/-._~%?#:@ <>\"é";
    return in -> {
      StringBuilder out = new StringBuilder(schemes.get(DssaGenerators.between(in, 0, schemes.size() - 1)));
      int host = DssaGenerators.between(in, 0, 14);
      for (int i = 0; i < host; i++) {
        out.append(hostChars.charAt(DssaGenerators.between(in, 0, hostChars.length() - 1)));
      }
      if (DssaGenerators.between(in, 0, 2) > 0) {
        out.append('/');
        int path = DssaGenerators.between(in, 0, 10);
        for (int i = 0; i < path; i++) {
          out.append(pathChars.charAt(DssaGenerators.between(in, 0, pathChars.length() - 1)));
        }
      }
      return out.toString();
    };
  }

  @Test
  void anAddressIsAWebUrlExactlyWhenUriReadsItAsAnHttpOrHttpsAddressWithAHost() {
    qt().withExamples(20_000).forAll(addresses()).checkAssert(text ->
        assertEquals(webUrlByUri(text), Organization.isWebUrl(text), text));
  }

  @Test
  void everydayAddressesAreWebUrlsAndLinksThatRunCodeAreNot() {
    for (String url : List.of("https://www.pir.org", "http://afilias.info/", "https://cctld-00011.example",
        "https://a1.b-2.example/path/to_page~x.html", "https://example.org/?q=1", "HTTPS://EXAMPLE.ORG",
        "http://192.0.2.1/", "http://localhost")) {
      assertTrue(Organization.isWebUrl(url), url);
    }
    for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", "https://", "https://-a.example",
        "https://a-.example", "https://a..example", "https://example.org/<script>", "www.pir.org",
        "https:///path")) {
      assertFalse(Organization.isWebUrl(url), url);
    }
  }
}

package org.dssamap.render.internal.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTextTest {
  @Test
  void charactersXmlForbidsBecomeReplacementCharacters() {
    assertEquals("\uFFFDnul\uFFFDctl", SvgText.legal("\u0000nul\u0001ctl"));
    assertEquals("lone \uFFFD high", SvgText.legal("lone \uD83D high"));
    assertEquals("pair \uD83D\uDE00 kept", SvgText.legal("pair \uD83D\uDE00 kept"));
    assertEquals("tab\tline\n", SvgText.legal("tab\tline\n"));
  }

  @Test
  void ampersandsArePreEscapedSoJFreeSvgKeepsEntitiesLiteral() {
    // JFreeSVG leaves "&amp;" alone, so a name that is literally "&lt;" must reach it as "&amp;lt;"
    assertEquals("&amp;lt; &amp;amp; a&amp;b", SvgText.forJFreeSvg("&lt; &amp; a&b"));
    assertEquals("&lt;&amp;lt;&gt;&quot;&apos;", SvgText.escape("<&lt;>\"'"));
  }

  @Test
  void numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
    assertEquals("12", SvgExport.number(12.0));
    assertEquals("3.14", SvgExport.number(3.14159));
    assertEquals("0.5", SvgExport.number(0.5));
    assertEquals("0", SvgExport.number(-0.001));
  }
}

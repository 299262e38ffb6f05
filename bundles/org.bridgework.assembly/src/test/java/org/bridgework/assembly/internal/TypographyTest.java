package org.bridgework.assembly.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void straightQuotesBecomeTypographicAndApostrophesClose() {
        assertEquals("Students’ health information “rarely travels with them”.",
                Typography.quotes("Students' health information \"rarely travels with them\"."));
        assertEquals("‘Local note’ (‘a’ and ‘b’), don’t, the ’90s", Typography.quotes("'Local note' ('a' and 'b'), don't, the '90s"));
        assertEquals("He said: “‘no’ is fine”", Typography.quotes("He said: \"'no' is fine\""));
        assertEquals("no quotes", Typography.quotes("no quotes"));
    }

    @Test
    void aQuoteAtTheStartOfARunLooksAtTheRunBeforeAndCodeIsLeftAlone() {
        List<Inline> in = List.of(new Text("UUK", Set.of(Style.STRONG)), Text.plain("'s charter, \""),
                new Text("a 'b'", Set.of(Style.CODE)), Text.plain("\" said"));
        List<Inline> out = Typography.inlines(in);
        assertEquals("’s charter, “", ((Text) out.get(1)).text());
        assertEquals("a 'b'", ((Text) out.get(2)).text());
        assertEquals("” said", ((Text) out.get(3)).text());
    }
}

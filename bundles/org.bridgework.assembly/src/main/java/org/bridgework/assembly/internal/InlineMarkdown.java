package org.bridgework.assembly.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bridgework.assembly.api.AssembledDocument.Block;
import org.bridgework.assembly.api.AssembledDocument.Citation;
import org.bridgework.assembly.api.AssembledDocument.ElementRef;
import org.bridgework.assembly.api.AssembledDocument.Inline;
import org.bridgework.assembly.api.AssembledDocument.LineBreak;
import org.bridgework.assembly.api.AssembledDocument.Link;
import org.bridgework.assembly.api.AssembledDocument.ListBlock;
import org.bridgework.assembly.api.AssembledDocument.Paragraph;
import org.bridgework.assembly.api.AssembledDocument.Style;
import org.bridgework.assembly.api.AssembledDocument.Text;
import org.bridgework.core.api.CitationService.CiteItem;
import org.bridgework.core.api.InlineText;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * The model's inline text (a small Markdown subset with pandoc citations and element references) parsed into
 * {@link Inline} runs with commonmark-java. Citation clusters are found with {@link InlineText} first and replaced by
 * private-use placeholders, so Markdown emphasis around them cannot split them; element references are Markdown links
 * to {@code #id} and come out of commonmark as links.
 */
final class InlineMarkdown {

    /** Resolves what the text points at; called in document order. */
    interface Resolver {
        Citation cite(List<CiteItem> items);

        /** A link to {@code #targetId}. */
        ElementRef reference(String targetId, String text);

        /** A link whose destination is neither {@code #id} nor http(s)/mailto: shown as text. */
        void badLink(String destination);
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final Parser parser = Parser.builder().build();

    /** One paragraph's inline content (several Markdown paragraphs are joined with a space). */
    List<Inline> inline(String text, Resolver resolver) {
        List<Block> blocks = blocks(text, "x", resolver);
        List<Inline> all = new ArrayList<>();
        for (Block b : blocks) {
            List<Inline> part = switch (b) {
                case Paragraph p -> p.content();
                case ListBlock l -> l.items().stream().flatMap(List::stream).toList();
                default -> List.of();
            };
            if (!all.isEmpty() && !part.isEmpty()) {
                all.add(Text.plain(" "));
            }
            all.addAll(part);
        }
        return merge(all);
    }

    /**
     * Markdown blocks: paragraphs and lists (headings, code and HTML blocks become paragraphs of their text). Anchors:
     * {@code anchor} for the first block, {@code anchor-2}, {@code anchor-3} ... for the next.
     */
    List<Block> blocks(String text, String anchor, Resolver resolver) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<InlineText.Cluster> clusters = InlineText.citations(text);
        StringBuilder masked = new StringBuilder();
        int last = 0;
        for (int i = 0; i < clusters.size(); i++) {
            InlineText.Cluster c = clusters.get(i);
            masked.append(text, last, c.start()).append(OPEN).append(i).append(CLOSE);
            last = c.end();
        }
        masked.append(text.substring(last));
        Node document = parser.parse(masked.toString());
        Context ctx = new Context(clusters, resolver);
        List<Block> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            String a = blocks.isEmpty() ? anchor : anchor + "-" + (blocks.size() + 1);
            if (n instanceof BulletList || n instanceof OrderedList) {
                List<List<Inline>> items = new ArrayList<>();
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        List<Inline> runs = new ArrayList<>();
                        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                            if (!runs.isEmpty()) {
                                runs.add(Text.plain(" "));
                            }
                            collectBlockText(child, ctx, runs);
                        }
                        items.add(merge(runs));
                    }
                }
                blocks.add(new ListBlock(a, n instanceof OrderedList, items));
            } else {
                List<Inline> runs = new ArrayList<>();
                collectBlockText(n, ctx, runs);
                List<Inline> merged = merge(runs);
                if (!merged.isEmpty()) {
                    blocks.add(new Paragraph(a, merged));
                }
            }
        }
        return blocks;
    }

    private record Context(List<InlineText.Cluster> clusters, Resolver resolver) {
    }

    private void collectBlockText(Node block, Context ctx, List<Inline> out) {
        switch (block) {
            case FencedCodeBlock f -> text(f.getLiteral().strip(), EnumSet.of(Style.CODE), ctx, out);
            case IndentedCodeBlock f -> text(f.getLiteral().strip(), EnumSet.of(Style.CODE), ctx, out);
            case HtmlBlock h -> text(h.getLiteral().strip(), EnumSet.noneOf(Style.class), ctx, out);
            case Heading h -> children(h, EnumSet.of(Style.STRONG), ctx, out);
            case BulletList l -> listAsText(l, ctx, out);
            case OrderedList l -> listAsText(l, ctx, out);
            default -> {
                if (block.getFirstChild() != null && !(block instanceof org.commonmark.node.Paragraph)
                        && block.getFirstChild() instanceof org.commonmark.node.Block) {
                    // block quote and other containers: their blocks one after the other
                    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                        if (!out.isEmpty()) {
                            out.add(Text.plain(" "));
                        }
                        collectBlockText(child, ctx, out);
                    }
                } else {
                    children(block, EnumSet.noneOf(Style.class), ctx, out);
                }
            }
        }
    }

    private void listAsText(Node list, Context ctx, List<Inline> out) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!out.isEmpty()) {
                out.add(Text.plain("; "));
            }
            collectBlockText(item, ctx, out);
        }
    }

    private void children(Node parent, Set<Style> styles, Context ctx, List<Inline> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            node(n, styles, ctx, out);
        }
    }

    private void node(Node n, Set<Style> styles, Context ctx, List<Inline> out) {
        switch (n) {
            case org.commonmark.node.Text t -> text(t.getLiteral(), styles, ctx, out);
            case Code c -> text(c.getLiteral(), with(styles, Style.CODE), ctx, out);
            case Emphasis e -> children(e, with(styles, Style.EMPHASIS), ctx, out);
            case StrongEmphasis s -> children(s, with(styles, Style.STRONG), ctx, out);
            case SoftLineBreak b -> out.add(new Text(" ", styles));
            case HardLineBreak b -> out.add(new LineBreak());
            case HtmlInline h -> text(h.getLiteral(), styles, ctx, out);
            case org.commonmark.node.Link l -> link(l, styles, ctx, out);
            case org.commonmark.node.Image i -> children(i, styles, ctx, out);
            default -> children(n, styles, ctx, out);
        }
    }

    private void link(org.commonmark.node.Link l, Set<Style> styles, Context ctx, List<Inline> out) {
        String destination = l.getDestination() == null ? "" : l.getDestination();
        List<Inline> content = new ArrayList<>();
        children(l, styles, ctx, content);
        content = merge(content);
        if (destination.startsWith("#") && destination.length() > 1) {
            out.add(ctx.resolver().reference(destination.substring(1), plain(content)));
        } else if (destination.startsWith("https://") || destination.startsWith("http://") || destination.startsWith("mailto:")) {
            String title = l.getTitle() != null && !l.getTitle().isBlank() ? l.getTitle() : destination;
            out.add(new Link(destination, title, content));
        } else {
            ctx.resolver().badLink(destination);
            out.addAll(content);
        }
    }

    private static String plain(List<Inline> content) {
        StringBuilder b = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Text t) {
                b.append(t.text());
            } else if (i instanceof Citation c) {
                b.append(c.text());
            }
        }
        return b.toString();
    }

    private static Set<Style> with(Set<Style> styles, Style style) {
        EnumSet<Style> s = styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
        s.add(style);
        return s;
    }

    private void text(String literal, Set<Style> styles, Context ctx, List<Inline> out) {
        int from = 0;
        while (true) {
            int open = literal.indexOf(OPEN, from);
            if (open < 0) {
                break;
            }
            int close = literal.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            if (open > from) {
                out.add(new Text(literal.substring(from, open), styles));
            }
            int index = Integer.parseInt(literal.substring(open + 1, close));
            out.add(ctx.resolver().cite(ctx.clusters().get(index).items()));
            from = close + 1;
        }
        if (from < literal.length()) {
            out.add(new Text(literal.substring(from), styles));
        }
    }

    /** Merges neighbouring text runs with the same styles; trims the ends; drops empty runs. */
    static List<Inline> merge(List<Inline> runs) {
        List<Inline> out = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text prev && prev.styles().equals(t.styles())) {
                    out.set(out.size() - 1, new Text(prev.text() + t.text(), t.styles()));
                    continue;
                }
            }
            out.add(run);
        }
        // collapse runs of spaces and trim both ends
        List<Inline> cleaned = new ArrayList<>();
        for (Inline run : out) {
            cleaned.add(run instanceof Text t ? new Text(t.text().replaceAll("[ \\t\\n]{2,}", " "), t.styles()) : run);
        }
        if (!cleaned.isEmpty() && cleaned.get(0) instanceof Text first) {
            String s = first.text().stripLeading();
            if (s.isEmpty()) {
                cleaned.remove(0);
            } else {
                cleaned.set(0, new Text(s, first.styles()));
            }
        }
        if (!cleaned.isEmpty() && cleaned.get(cleaned.size() - 1) instanceof Text lastText) {
            String s = lastText.text().stripTrailing();
            if (s.isEmpty()) {
                cleaned.remove(cleaned.size() - 1);
            } else {
                cleaned.set(cleaned.size() - 1, new Text(s, lastText.styles()));
            }
        }
        return List.copyOf(cleaned);
    }
}

package org.bridgework.drafting.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bridgework.core.api.Ids;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of a section's blocks as the section editor makes them, without SWT: a new block of a kind, a block's text
 * as one undoable command (for lists and checklists one item a line), the editable text of a block and its kind in
 * words. The editor, and any command that edits blocks, build their changes here.
 */
public final class BlockEdits {

    /** The kinds of block the editor adds. */
    public enum Kind {
        PARAGRAPH, LIST, KEY_MESSAGE, FOR_NHS_READERS, FOR_HE_READERS, CHECKLIST, CASE_STUDY, CHALLENGE_TABLE
    }

    private BlockEdits() {
    }

    /** A new block of {@code kind} for {@code section}, with a fresh id; a case study or the challenges of the project filled in. */
    public static Block newBlock(Kind kind, Section section) {
        GuidanceFactory f = GuidanceFactory.eINSTANCE;
        GuidanceProject root = EcoreUtil.getRootContainer(section) instanceof GuidanceProject p ? p : null;
        Block block = switch (kind) {
            case LIST -> f.createListBlock();
            case KEY_MESSAGE, FOR_NHS_READERS, FOR_HE_READERS -> {
                Callout c = f.createCallout();
                c.setKind(kind == Kind.KEY_MESSAGE ? CalloutKind.KEY_MESSAGE
                        : kind == Kind.FOR_NHS_READERS ? CalloutKind.FOR_NHS_READERS : CalloutKind.FOR_HE_READERS);
                yield c;
            }
            case CHECKLIST -> f.createChecklist();
            case CASE_STUDY -> {
                CaseStudyEmbed embed = f.createCaseStudyEmbed();
                if (root != null && !root.getCaseStudies().isEmpty()) {
                    embed.setCaseStudy(root.getCaseStudies().get(0));
                }
                yield embed;
            }
            case CHALLENGE_TABLE -> {
                ChallengeTable table = f.createChallengeTable();
                table.setCaption("Challenges");
                if (root != null) {
                    table.getChallenges().addAll(root.getChallenges());
                }
                yield table;
            }
            case PARAGRAPH -> {
                Paragraph p = f.createParagraph();
                p.setText("");
                yield p;
            }
        };
        block.setId(newId(section, block instanceof Paragraph ? "p" : block instanceof ListBlock ? "list" : block instanceof Callout ? "callout"
                : block instanceof Checklist ? "checklist" : block instanceof CaseStudyEmbed ? "embed" : "table"));
        return block;
    }

    /** {@code PREFIX-SECTION-N}, unused in the project, N counting on from the section's blocks. */
    public static String newId(Section section, String prefix) {
        String base = prefix + "-" + (section.getId() == null ? "section" : section.getId().replaceFirst("^sec-", ""));
        Set<String> used = Ids.used(EcoreUtil.getRootContainer(section));
        for (int n = section.getBlocks().size() + 1;; n++) {
            if (!used.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    /** The command that sets a block's text (for lists and checklists: one item a line, blank lines dropped). */
    public static Command setText(EditingDomain domain, Block block, String text) {
        CompoundCommand c = new CompoundCommand("Edit " + kindName(block));
        if (block instanceof Paragraph) {
            c.append(SetCommand.create(domain, block, GuidancePackage.Literals.PARAGRAPH__TEXT, text));
        } else if (block instanceof Callout) {
            c.append(SetCommand.create(domain, block, GuidancePackage.Literals.CALLOUT__TEXT, text));
        } else if (block instanceof ListBlock) {
            c.append(SetCommand.create(domain, block, GuidancePackage.Literals.LIST_BLOCK__ITEMS, lines(text)));
        } else if (block instanceof Checklist list) {
            List<String> lines = lines(text);
            List<ChecklistItem> items = list.getItems();
            for (int i = 0; i < Math.min(lines.size(), items.size()); i++) {
                if (!lines.get(i).equals(items.get(i).getText())) {
                    c.append(SetCommand.create(domain, items.get(i), GuidancePackage.Literals.CHECKLIST_ITEM__TEXT, lines.get(i)));
                }
            }
            List<ChecklistItem> added = new ArrayList<>();
            for (int i = items.size(); i < lines.size(); i++) {
                ChecklistItem item = GuidanceFactory.eINSTANCE.createChecklistItem();
                item.setText(lines.get(i));
                added.add(item);
            }
            if (!added.isEmpty()) {
                c.append(AddCommand.create(domain, list, GuidancePackage.Literals.CHECKLIST__ITEMS, added));
            }
            if (items.size() > lines.size()) {
                c.append(RemoveCommand.create(domain, list, GuidancePackage.Literals.CHECKLIST__ITEMS, List.copyOf(items.subList(lines.size(), items.size()))));
            }
        }
        return c;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** The editable text of a block, or null for blocks edited elsewhere (embeds, tables, quotes, images). */
    public static String textOf(Block block) {
        if (block instanceof Paragraph p) {
            return nz(p.getText());
        }
        if (block instanceof Callout c) {
            return nz(c.getText());
        }
        if (block instanceof ListBlock l) {
            return String.join("\n", l.getItems());
        }
        if (block instanceof Checklist c) {
            return String.join("\n", c.getItems().stream().map(i -> nz(i.getText())).toList());
        }
        return null;
    }

    /** What a block is, in words ("Callout: for NHS readers", "List (one item a line)"). */
    public static String kindName(Block block) {
        if (block instanceof Callout c) {
            return c.getKind() == CalloutKind.FOR_NHS_READERS ? "Callout: for NHS readers"
                    : c.getKind() == CalloutKind.FOR_HE_READERS ? "Callout: for HE readers" : "Callout: key message";
        }
        if (block instanceof ListBlock l) {
            return l.isOrdered() ? "Numbered list (one item a line)" : "List (one item a line)";
        }
        if (block instanceof Checklist) {
            return "Checklist (one item a line)";
        }
        if (block instanceof Paragraph) {
            return "Paragraph";
        }
        if (block instanceof CaseStudyEmbed) {
            return "Case study summary";
        }
        String name = block.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

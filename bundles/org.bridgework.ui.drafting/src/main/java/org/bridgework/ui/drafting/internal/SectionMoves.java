package org.bridgework.ui.drafting.internal;

import java.util.List;

import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Undoable commands that move sections in the document tree (drag and drop, Alt+Up/Down in the outline). */
final class SectionMoves {

    private static final Messages MESSAGES = Messages.of(SectionMoves.class);

    private SectionMoves() {
    }

    /** The list holding {@code s} (its parent's sections), or null when it is not in a document. */
    @SuppressWarnings("unchecked")
    static List<Section> siblings(Section s) {
        EObject parent = s.eContainer();
        if (parent instanceof Section p) {
            return p.getSections();
        }
        if (parent instanceof GuidanceDocument d) {
            return d.getSections();
        }
        return null;
    }

    static EStructuralFeature sectionsFeature(EObject parent) {
        return parent instanceof Section ? GuidancePackage.Literals.SECTION__SECTIONS : GuidancePackage.Literals.GUIDANCE_DOCUMENT__SECTIONS;
    }

    /** Moves a section one place up ({@code delta} -1) or down (+1) among its siblings; unexecutable at either end. */
    static Command shift(EditingDomain domain, Section s, int delta) {
        List<Section> siblings = siblings(s);
        if (siblings == null) {
            return UnexecutableCommand.INSTANCE;
        }
        int to = siblings.indexOf(s) + delta;
        if (to < 0 || to >= siblings.size()) {
            return UnexecutableCommand.INSTANCE;
        }
        return named(MoveCommand.create(domain, s.eContainer(), sectionsFeature(s.eContainer()), s, to), MESSAGES.get("outline.command.moveSection"));
    }

    /**
     * Moves {@code s} to position {@code index} of {@code newParent}'s sections (a section or the document). Refused (unexecutable)
     * when the new parent is the section itself or inside it.
     */
    static Command moveTo(EditingDomain domain, Section s, EObject newParent, int index) {
        if (!(newParent instanceof Section || newParent instanceof GuidanceDocument)) {
            return UnexecutableCommand.INSTANCE;
        }
        for (EObject e = newParent; e != null; e = e.eContainer()) {
            if (e == s) {
                return UnexecutableCommand.INSTANCE;
            }
        }
        EObject oldParent = s.eContainer();
        if (oldParent == newParent) {
            List<Section> siblings = siblings(s);
            int from = siblings.indexOf(s);
            int to = index > from ? index - 1 : index; // index counts the section itself before its removal
            to = Math.max(0, Math.min(to, siblings.size() - 1));
            if (to == from) {
                return UnexecutableCommand.INSTANCE;
            }
            return named(MoveCommand.create(domain, newParent, sectionsFeature(newParent), s, to), MESSAGES.get("outline.command.moveSection"));
        }
        CompoundCommand move = new CompoundCommand(MESSAGES.get("outline.command.moveSection"));
        move.append(RemoveCommand.create(domain, oldParent, sectionsFeature(oldParent), s));
        move.append(AddCommand.create(domain, newParent, sectionsFeature(newParent), s, index));
        return move;
    }

    private static Command named(Command c, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(c);
        return compound;
    }
}

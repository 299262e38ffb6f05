package org.bridgework.drafting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.model.Block;
import org.bridgework.model.Checklist;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

class BlockEditsTest {

    private static Section section(GuidanceProject root) {
        Section s = GuidanceFactory.eINSTANCE.createSection();
        s.setId("sec-roles");
        root.setDocument(GuidanceFactory.eINSTANCE.createGuidanceDocument());
        root.getDocument().getSections().add(s);
        return s;
    }

    @Test
    void aChecklistsTextIsOneItemALineAndOneUndoableCommand() {
        GuidanceProject root = GuidanceFactory.eINSTANCE.createGuidanceProject();
        Section section = section(root);
        Checklist list = (Checklist) BlockEdits.newBlock(BlockEdits.Kind.CHECKLIST, section);
        section.getBlocks().add(list);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        domain.getCommandStack().execute(BlockEdits.setText(domain, list, "Agree a lead\n\n  Share data  \nReview yearly"));
        assertEquals("Agree a lead\nShare data\nReview yearly", BlockEdits.textOf(list));
        domain.getCommandStack().execute(BlockEdits.setText(domain, list, "Agree a lead"));
        assertEquals(List.of("Agree a lead"), list.getItems().stream().map(i -> i.getText()).toList());
        domain.getCommandStack().undo();
        assertEquals(3, list.getItems().size());
        assertEquals("Checklist (one item a line)", BlockEdits.kindName(list));
    }

    @Test
    void newBlocksGetFreshIdsNamedAfterTheirSection() {
        GuidanceProject root = GuidanceFactory.eINSTANCE.createGuidanceProject();
        Section section = section(root);
        Block first = BlockEdits.newBlock(BlockEdits.Kind.PARAGRAPH, section);
        assertEquals("p-roles-1", first.getId());
        section.getBlocks().add(first);
        Block second = BlockEdits.newBlock(BlockEdits.Kind.PARAGRAPH, section);
        assertNotEquals(first.getId(), second.getId());
        assertTrue(BlockEdits.newBlock(BlockEdits.Kind.FOR_NHS_READERS, section).getId().startsWith("callout-roles-"));
        assertEquals("Callout: for NHS readers", BlockEdits.kindName(BlockEdits.newBlock(BlockEdits.Kind.FOR_NHS_READERS, section)));
    }
}

package org.bridgework.core.internal;

import org.bridgework.testsupport.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bridgework.core.api.ElementEdits;
import org.bridgework.core.api.Ids;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.provider.GuidanceItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** New, Duplicate, Rename and Delete as single undoable commands, with fresh ids. */
class ElementEditsTest {
    GuidanceProject project;
    AdapterFactoryEditingDomain domain;
    BasicCommandStack stack;

    @BeforeEach
    void setUp() {
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AdapterFactory[] {new GuidanceItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory()}), stack, new ResourceSetImpl());
        project = TestProjects.small();
        Resource r = new XMIResourceImpl();
        domain.getResourceSet().getResources().add(r);
        r.getContents().add(project);
    }

    private Section firstSection() {
        return project.getDocument().getSections().get(0);
    }

    @Test
    void duplicateInsertsACopyAfterTheOriginalWithFreshIdsAndUndoes() {
        Section s = firstSection();
        int before = project.getDocument().getSections().size();
        Command c = ElementEdits.duplicate(domain, s);
        assertTrue(c.canExecute());
        stack.execute(c);
        Section copy = project.getDocument().getSections().get(1);
        assertEquals(s.getHeading(), copy.getHeading());
        assertEquals(s.getId() + "-copy", copy.getId());
        assertEquals(Ids.used(project).size(), countIdentified(), "no id used twice");
        stack.undo();
        assertEquals(before, project.getDocument().getSections().size());
        assertFalse(ElementEdits.duplicate(domain, project).canExecute(), "not the root");
    }

    private long countIdentified() {
        long[] n = {1};
        project.eAllContents().forEachRemaining(o -> n[0] += o instanceof org.bridgework.model.Identified i && i.getId() != null ? 1 : 0);
        return n[0];
    }

    @Test
    void renameSetsTheNamingAttributeAndRefusesBlankNames() {
        Section s = firstSection();
        assertEquals("heading", ElementEdits.nameFeature(s).getName());
        stack.execute(ElementEdits.rename(domain, s, "  Working together  "));
        assertEquals("Working together", s.getHeading());
        assertFalse(ElementEdits.rename(domain, s, " ").canExecute());
        Paragraph p = (Paragraph) s.getBlocks().stream().filter(Paragraph.class::isInstance).findFirst().orElseThrow();
        assertNull(ElementEdits.nameFeature(p), "a paragraph has no name to rename");
        stack.undo();
        assertNotEquals("Working together", s.getHeading());
    }

    @Test
    void deleteRemovesTheElementAndItsReferencesAsOneUndoableCommand() {
        Section s = firstSection();
        stack.execute(ElementEdits.delete(domain, List.of(s)));
        assertFalse(project.getDocument().getSections().contains(s));
        stack.undo();
        assertTrue(project.getDocument().getSections().contains(s));
        assertFalse(ElementEdits.delete(domain, List.of(project)).canExecute(), "not the root");
    }

    @Test
    void newChildrenComeFromTheItemProvidersAndGetAnUnusedId() {
        Section s = firstSection();
        List<CommandParameter> kinds = ElementEdits.newChildren(domain, s);
        CommandParameter paragraph = kinds.stream().filter(k -> k.getValue() instanceof Paragraph).findFirst()
                .orElseThrow(() -> new AssertionError(kinds.toString()));
        int before = s.getBlocks().size();
        stack.execute(ElementEdits.newChild(domain, s, paragraph));
        assertEquals(before + 1, s.getBlocks().size());
        Paragraph added = (Paragraph) paragraph.getValue();
        assertTrue(added.getId().startsWith("paragraph"), added.getId());
        stack.undo();
        assertEquals(before, s.getBlocks().size());
    }
}

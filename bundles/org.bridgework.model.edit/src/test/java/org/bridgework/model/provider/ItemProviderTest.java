package org.bridgework.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Collection;
import java.util.List;

import org.bridgework.model.Challenge;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Organisation;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ItemProviderTest {

    static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    final ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(
            new ResourceItemProviderAdapterFactory(),
            new GuidanceItemProviderAdapterFactory(),
            new ReflectiveItemProviderAdapterFactory()));

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String text(Object o) {
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class);
        assertNotNull(labels, "label provider for " + o);
        return labels.getText(o);
    }

    @Test
    void labelsUseTheTypeAndTitleOrId() {
        Challenge challenge = F.createChallenge();
        challenge.setId("ch-roles");
        assertEquals("Challenge ch-roles", text(challenge), "no title: the id");
        challenge.setTitle("Clarifying roles");
        assertEquals("Challenge Clarifying roles", text(challenge));

        Organisation org = F.createOrganisation();
        org.setId("org-x");
        org.setName("An example NHS trust");
        assertEquals("Organisation An example NHS trust", text(org));

        Criterion criterion = F.createCriterion();
        criterion.setCode("C3");
        criterion.setTitle("Recognisable to the NHS");
        assertEquals("Criterion C3 Recognisable to the NHS", text(criterion));

        Section section = F.createSection();
        section.setHeading("Working with NHS services");
        assertEquals("Section Working with NHS services", text(section));

        Paragraph paragraph = F.createParagraph();
        assertEquals("Paragraph", text(paragraph), "nothing to show: just the type");
    }

    @Test
    void iconsAreShippedAsResources() throws Exception {
        Challenge challenge = F.createChallenge();
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(challenge, IItemLabelProvider.class);
        Object image = labels.getImage(challenge);
        assertInstanceOf(URL.class, image);
        assertTrue(image.toString().endsWith("icons/full/obj16/Challenge.gif"), image.toString());
        try (InputStream in = ((URL) image).openStream()) {
            byte[] head = in.readNBytes(6);
            assertEquals("GIF89a", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void pluginStringsLoadWithoutEclipse() {
        assertEquals("Case Study", GuidanceEditPlugin.INSTANCE.getString("_UI_CaseStudy_type"));
        assertEquals(null, GuidanceEditPlugin.INSTANCE.getPluginResourceLocator(), "no Eclipse plug-in behind it");
        for (java.lang.reflect.Method m : GuidanceEditPlugin.class.getMethods()) {
            assertFalse(m.getReturnType().getName().startsWith("org.eclipse.core"), m.toString());
        }
    }

    @Test
    void propertyDescriptorsCoverTheFeatures() {
        Challenge challenge = F.createChallenge();
        IItemPropertySource source = (IItemPropertySource) factory.adapt(challenge, IItemPropertySource.class);
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(challenge);
        List<String> ids = descriptors.stream().map(d -> d.getId(challenge)).toList();
        assertTrue(ids.containsAll(List.of("id", "title", "description", "category")), ids.toString());
        assertFalse(ids.contains("label"), "the derived label is not a property");

        Section section = F.createSection();
        IItemPropertySource sectionSource = (IItemPropertySource) factory.adapt(section, IItemPropertySource.class);
        IItemPropertyDescriptor wordCount = sectionSource.getPropertyDescriptor(section, "wordCount");
        assertNotNull(wordCount);
        assertFalse(wordCount.canSetProperty(section), "derived values are read-only");
        IItemPropertyDescriptor heading = sectionSource.getPropertyDescriptor(section, "heading");
        assertTrue(heading.canSetProperty(section));
        assertEquals("Heading", heading.getDisplayName(section));
    }

    @Test
    void treeChildrenAndUndoableEdits() {
        GuidanceProject project = F.createGuidanceProject();
        Challenge challenge = F.createChallenge();
        challenge.setId("ch-1");
        project.getChallenges().add(challenge);
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(project, ITreeItemContentProvider.class);
        Collection<?> children = tree.getChildren(project);
        assertTrue(children.contains(challenge));
        IEditingDomainItemProvider editing = (IEditingDomainItemProvider) factory.adapt(project, IEditingDomainItemProvider.class);
        Collection<?> newChildren = editing.getNewChildDescriptors(project, null, null);
        assertFalse(newChildren.isEmpty());

        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Command set = SetCommand.create(domain, challenge, GuidancePackage.Literals.CHALLENGE__TITLE, "Roles");
        assertTrue(set.canExecute());
        domain.getCommandStack().execute(set);
        assertEquals("Roles", challenge.getTitle());
        domain.getCommandStack().undo();
        assertEquals(null, challenge.getTitle());
    }
}

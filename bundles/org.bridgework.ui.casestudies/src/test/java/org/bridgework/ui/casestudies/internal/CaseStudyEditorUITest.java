package org.bridgework.ui.casestudies.internal;

import static org.bridgework.ui.workbench.internal.WorkbenchFixture.findAll;
import static org.bridgework.ui.workbench.internal.WorkbenchFixture.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Organisation;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.ServiceModel;
import org.bridgework.ui.workbench.internal.WorkbenchFixture;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bridgework.ui.workbench.internal.WorkbenchFixtureNeedsDisplay;

/** The case study editor in a real workbench window: every edit through the command stack, undone with Edit > Undo. */
@ExtendWith(WorkbenchFixtureNeedsDisplay.class)
class CaseStudyEditorUITest {

    @TempDir
    Path home;
    WorkbenchFixture f;
    GuidanceProject project;
    CaseStudy cs;
    CaseStudyEditor editor;

    @BeforeEach
    void open() throws Exception {
        WorkbenchFixture.display();
        f = new WorkbenchFixture(home);
        f.register(new CaseStudyEditorContribution());
        f.open();
        project = f.openSample().root();
        cs = caseStudy(project, "cs-liverpool");
        assertTrue(f.openEditor(cs), "the case study editor opens a case study");
        editor = f.editorPart(cs, CaseStudyEditor.class);
    }

    @AfterEach
    void close() {
        f.window.setCloseWithoutAsking(true);
        f.close();
    }

    static CaseStudy caseStudy(GuidanceProject p, String id) {
        return p.getCaseStudies().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    static Organisation organisation(GuidanceProject p, String id) {
        return p.getOrganisations().stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
    }

    static void click(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        if ((b.getStyle() & SWT.CHECK) != 0) {
            b.setSelection(!b.getSelection());
        }
        b.notifyListeners(SWT.Selection, new Event());
        settle(30);
    }

    /** Ticks or unticks an element's box as a click on it would. */
    static void check(CheckboxTableViewer v, Object element, boolean checked) {
        for (TableItem item : v.getTable().getItems()) {
            if (item.getData() == element) {
                item.setChecked(checked);
                Event e = new Event();
                e.item = item;
                e.detail = SWT.CHECK;
                v.getTable().notifyListeners(SWT.Selection, e);
                settle(30);
                return;
            }
        }
        throw new AssertionError("no row for " + element);
    }

    /** Types into a text and leaves it (the edit commits when the text loses the focus). */
    static void type(Text t, String text) {
        t.setFocus();
        t.setText(text);
        t.notifyListeners(SWT.FocusOut, new Event());
        settle(30);
    }

    /** Types into the cell editor that is open in the table and presses Enter. */
    static void typeInCell(org.eclipse.swt.widgets.Table table, String text) {
        List<Text> editors = findAll(table, Text.class).stream().filter(Text::isVisible).toList();
        assertEquals(1, editors.size(), "a cell editor is open");
        editors.get(0).setText(text);
        editors.get(0).notifyListeners(SWT.DefaultSelection, new Event());
        settle(30);
    }

    void tab(String name) {
        for (var item : editor.tabs.getItems()) {
            if (item.getText().equals(name)) {
                editor.tabs.setSelection(item);
                settle(50);
                return;
            }
        }
        throw new AssertionError("no tab " + name);
    }

    @Test
    void partnershipFieldsEditAndUndo() throws Exception {
        assertEquals("Liverpool: Student Liaison Service and U-COPE", editor.heading.getText());
        assertTrue(editor.status.getText().startsWith("Collection status: Identified since 2027-01-15"), editor.status.getText());
        assertEquals("Liverpool", editor.region.getText());
        assertEquals(List.of("Partnership", "Service", "Benefits", "Outcomes", "Challenges", "Criteria", "Contacts"),
                java.util.stream.Stream.of(editor.tabs.getItems()).map(i -> i.getText()).toList());
        f.screenshot("case-study-editor-partnership");

        type(editor.region, "Merseyside");
        assertEquals("Merseyside", cs.getRegion());
        assertTrue(f.shell().getText().startsWith("*"), "dirty: " + f.shell().getText());
        f.menu("Edit", "Undo");
        assertEquals("Liverpool", cs.getRegion());
        assertEquals("Liverpool", editor.region.getText(), "the field follows the undo");

        editor.serviceModel.setSelection(new StructuredSelection(ServiceModel.STEPPED_CARE));
        settle(30);
        assertEquals(ServiceModel.STEPPED_CARE, cs.getServiceModel());
        assertEquals("Stepped care", editor.serviceModel.getCombo().getText());
        f.menu("Edit", "Undo");
        assertEquals(ServiceModel.LIAISON, cs.getServiceModel());
        assertEquals("Liaison", editor.serviceModel.getCombo().getText());

        click(editor.contexts.get(PartnershipContext.RURAL));
        assertEquals(List.of(PartnershipContext.LARGE_MULTI_HEP_CITY, PartnershipContext.RURAL), cs.getContexts());
        f.menu("Edit", "Undo");
        assertEquals(List.of(PartnershipContext.LARGE_MULTI_HEP_CITY), cs.getContexts());
        assertFalse(editor.contexts.get(PartnershipContext.RURAL).getSelection());

        // partners: HEPs and NHS organisations from the project's organisations, in two lists
        Organisation uol = organisation(project, "org-uol");
        Organisation ljmu = organisation(project, "org-ljmu");
        Organisation merseyCare = organisation(project, "org-mersey-care");
        assertTrue(List.of(editor.hepPartners.getCheckedElements()).containsAll(List.of(uol, ljmu)));
        assertTrue(List.of(editor.nhsPartners.getCheckedElements()).contains(merseyCare));
        assertFalse(((List<?>) editor.hepPartners.getInput()).contains(merseyCare), "an NHS trust is not listed with the HEPs");
        assertTrue(java.util.Set.of(org.bridgework.model.OrganisationKind.NHS_TRUST, org.bridgework.model.OrganisationKind.ICB,
                org.bridgework.model.OrganisationKind.GP_PRACTICE).contains(((Organisation) editor.nhsPartners.getElementAt(0)).getKind()),
                "NHS organisations come first");
        check(editor.hepPartners, ljmu, false);
        assertFalse(cs.getPartners().contains(ljmu));
        Organisation manchester = organisation(project, "org-uom");
        check(editor.hepPartners, manchester, true);
        assertTrue(cs.getPartners().contains(manchester));
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(List.of("org-uol", "org-ljmu", "org-mersey-care", "org-liverpool-gps"), cs.getPartners().stream().map(Organisation::getId).toList());
        assertTrue(editor.hepPartners.getChecked(ljmu));
        assertFalse(editor.hepPartners.getChecked(manchester));
        assertEquals(List.of(), f.prompts.errors);
    }

    @Test
    void serviceTextsCountWordsAndUndo() throws Exception {
        tab("Service");
        Text funding = editor.service.get(org.bridgework.model.GuidancePackage.Literals.CASE_STUDY__FUNDING);
        assertEquals("To be verified.", funding.getText());
        type(funding, "Jointly funded by both universities and Mersey Care for three years.");
        assertEquals("Jointly funded by both universities and Mersey Care for three years.", cs.getFunding());
        f.screenshot("case-study-editor-service");
        type(funding, "   ");
        assertEquals(null, cs.getFunding(), "a blank answer clears the value");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals("To be verified.", cs.getFunding());
        assertEquals("To be verified.", funding.getText());
    }

    @Test
    void benefitsOutcomesContactsAndChallenges() throws Exception {
        tab("Benefits");
        assertFalse(editor.removeBenefit.isEnabled(), "nothing to remove yet");
        click(editor.addBenefit);
        assertEquals(1, cs.getBenefits().size());
        Benefit b = cs.getBenefits().get(0);
        assertEquals("cs-liverpool-benefit-1", b.getId());
        assertEquals(Beneficiary.STUDENTS, b.getBeneficiary());
        typeInCell(editor.benefits.getTable(), "Students seen within 72 hours of presenting at A&E");
        assertEquals("Students seen within 72 hours of presenting at A&E", b.getDescription());
        assertEquals("Students seen within 72 hours of presenting at A&E", editor.benefits.getTable().getItem(0).getText(1));
        // the strength through its combo cell editor
        editor.benefits.editElement(b, 3);
        settle(30);
        List<CCombo> combos = findAll(editor.benefits.getTable(), CCombo.class).stream().filter(CCombo::isVisible).toList();
        assertEquals(1, combos.size(), "one combo cell editor is open");
        CCombo combo = combos.get(0);
        assertEquals(List.of("Unknown", "Weak", "Moderate", "Strong"), List.of(combo.getItems()));
        combo.select(3);
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        settle(30);
        assertEquals(org.bridgework.model.EvidenceStrength.STRONG, b.getEvidenceStrength());
        f.screenshot("case-study-editor-benefits");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(List.of(), cs.getBenefits(), "three undos: strength, description, the new row");
        assertEquals(0, editor.benefits.getTable().getItemCount());

        tab("Outcomes");
        click(editor.addOutcome);
        typeInCell(editor.outcomes.getTable(), "Students followed up after presenting in crisis");
        editor.outcomes.editElement(cs.getOutcomes().get(0), 1);
        settle(30);
        typeInCell(editor.outcomes.getTable(), "412");
        assertEquals("Students followed up after presenting in crisis", cs.getOutcomes().get(0).getMeasure());
        assertEquals("412", cs.getOutcomes().get(0).getValue());
        f.screenshot("case-study-editor-outcomes");
        editor.outcomes.setSelection(new StructuredSelection(cs.getOutcomes().get(0)));
        click(editor.removeOutcome);
        assertEquals(List.of(), cs.getOutcomes());
        f.menu("Edit", "Undo");
        assertEquals("412", cs.getOutcomes().get(0).getValue(), "remove undone");

        tab("Challenges");
        Challenge roles = project.getChallenges().stream().filter(c -> c.getId().equals("ch-roles")).findFirst().orElseThrow();
        assertEquals(project.getChallenges().size(), editor.challenges.getTable().getItemCount());
        assertFalse(editor.challenges.getChecked(roles));
        check(editor.challenges, roles, true);
        assertTrue(cs.getChallengesAddressed().contains(roles));
        f.screenshot("case-study-editor-challenges");
        f.menu("Edit", "Undo");
        assertFalse(cs.getChallengesAddressed().contains(roles));
        assertFalse(editor.challenges.getChecked(roles));

        tab("Criteria");
        List<org.bridgework.model.Criterion> applicable = project.getCriteria().stream()
                .filter(c -> c.getConsensusStatus() != org.bridgework.model.ConsensusStatus.EXCLUDE).toList();
        assertEquals(applicable.size(), editor.criteria.getTable().getItemCount(), "a row per criterion not excluded by consensus");
        org.bridgework.model.Criterion c1 = applicable.get(0);
        assertEquals("Not assessed", editor.criteria.getTable().getItem(0).getText(1));
        editor.criteria.editElement(c1, 1);
        settle(30);
        CCombo result = findAll(editor.criteria.getTable(), CCombo.class).stream().filter(CCombo::isVisible).findFirst().orElseThrow();
        result.select(1);
        result.notifyListeners(SWT.DefaultSelection, new Event());
        settle(30);
        assertEquals(1, cs.getAssessments().size(), "the first result adds the assessment");
        assertEquals(org.bridgework.model.AssessmentResult.MET, cs.getAssessments().get(0).getResult());
        assertEquals(c1, cs.getAssessments().get(0).getCriterion());
        editor.criteria.editElement(c1, 2);
        settle(30);
        typeInCell(editor.criteria.getTable(), "Routine data on follow-ups within 72 hours.");
        assertEquals(1, cs.getAssessments().size());
        assertEquals("Routine data on follow-ups within 72 hours.", cs.getAssessments().get(0).getRationale());
        assertEquals("Met", editor.criteria.getTable().getItem(0).getText(1));
        f.screenshot("case-study-editor-criteria");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(List.of(), cs.getAssessments());

        tab("Contacts");
        click(editor.addContact);
        typeInCell(editor.contacts.getTable(), "Head of Student Wellbeing");
        assertEquals("Head of Student Wellbeing", cs.getContacts().get(0).getRole());
        assertEquals("org-uol", cs.getContacts().get(0).getOrganisation().getId(), "the first partner by default");
        f.screenshot("case-study-editor-contacts");
        f.menu("Edit", "Undo");
        f.menu("Edit", "Undo");
        assertEquals(List.of(), cs.getContacts());
        assertEquals(List.of(), f.prompts.errors);
    }
}

package org.bridgework.criteria.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bridgework.criteria.api.ConsensusReport;
import org.bridgework.criteria.api.ConsensusReport.AccordItem;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.StakeholderGroup;
import org.bridgework.model.derive.Derived;

/**
 * The ACCORD reporting checklist (Gattrell et al. 2024, PLoS Med 21(1):e1004326; 35 items: title 1, introduction 3,
 * methods 21, results 5, discussion 2, other information 3) filled item by item from the project's data. What the
 * data cannot say (registration, ethics, funding, the discussion ...) is listed as missing with what to report, so
 * the authors see the gaps instead of a report that looks complete. Topics are our short wording of each item; check
 * the published checklist for the full text.
 */
final class AccordChecklist {

    private AccordChecklist() {
    }

    static List<AccordItem> items(GuidanceProject project, List<ConsensusRound> rounds, ConsensusReport.Round[] roundRows,
            List<ConsensusReport.PanelMember> panel, String definition, List<ConsensusReport.Outcome> outcomes) {
        List<AccordItem> items = new ArrayList<>();
        String title = blank(project.getTitle()) ? "the guidance" : project.getTitle().strip();
        int n = rounds.size();
        List<ConsensusRound> opened = rounds.stream().filter(r -> r.getOpened() != null).toList();

        // Title
        add(items, "Title", "Identify the report as a consensus exercise and name the method",
                "Consensus report: a modified Delphi (rounds of anonymous ratings with controlled feedback) on the criteria for " + title + ".");
        // Introduction
        missingIf(items, "Introduction", "Why a consensus method was chosen over other approaches", null,
                "say why agreement of a panel was needed (for example, too little direct evidence on HE-NHS partnerships).");
        String purpose = blank(project.getPurpose()) ? null : project.getPurpose().strip();
        missingIf(items, "Introduction", "Aim, intended audience and geographical scope", purpose == null ? null
                : "To agree the criteria a model of good practice must meet for " + title + ". " + purpose,
                "state the aim, who the criteria are for and where they apply (the project has no purpose recorded).");
        String scope = project.getScope() == null || blank(project.getScope().getSummary()) ? null : project.getScope().getSummary().strip();
        missingIf(items, "Introduction", "What was already known: existing guidance and evidence", scope,
                "summarise existing guidance and evidence (the project's scope has no summary).");

        // Methods
        missingIf(items, "Methods", "Registration and protocol", null, "name the registry and protocol, or say there was none.");
        long taskforce = project.getOrganisations().stream().filter(o -> o.getKind() == org.bridgework.model.OrganisationKind.TASKFORCE).count();
        missingIf(items, "Methods", "Steering (organising) group: who it was and how chosen", null,
                "name the organising group's make-up and how its members were chosen" + (taskforce > 0 ? " (the project lists a taskforce)." : "."));
        missingIf(items, "Methods", "Role of the steering group in the process", null,
                "say what the organising group decided (criteria drafted, feedback edited) and whether it also rated.");
        Map<StakeholderGroup, Integer> groups = new EnumMap<>(StakeholderGroup.class);
        for (Member m : members(project, rounds)) {
            groups.merge(Derived.stakeholderGroup(m), 1, Integer::sum);
        }
        add(items, "Methods", "Panel: who was eligible and how the panel was composed",
                panel.size() + " seats by role and organisation, never by name; by stakeholder group: " + groupsText(groups)
                        + ". Eligibility criteria: see the panel table.");
        missingIf(items, "Methods", "How panel members were identified and invited", null,
                "describe how members were identified and invited (the project records seats, not the recruitment).");
        add(items, "Methods", "Panel size and its justification", panel.size() + " members on the panel of at least one round"
                + (n == 0 ? "." : "; " + String.join(", ", rounds.stream().map(r -> "round " + r.getNumber() + ": " + r.getPanel().size()).toList()) + ".")
                + " No size calculation is recorded.");
        long sources = project.getSources().size();
        long mapped = project.getSources().stream().flatMap(s -> s.getExtracts().stream()).filter(e -> !e.getCriteria().isEmpty()).count();
        missingIf(items, "Methods", "Preparatory research: evidence given to the panel", sources == 0 ? null
                : sources + " sources reviewed; " + mapped + " extracts mapped to the criteria, and the case studies assessed against them.",
                "describe the literature or evidence review behind the criteria (the project has no sources).");
        add(items, "Methods", "Consensus method and any changes to it",
                "Delphi-style rounds on offline rating forms (XLSX), each member rating alone; criteria without consensus are carried to the next round.");
        add(items, "Methods", "Number of rounds and when to stop",
                n + (n == 1 ? " round" : " rounds") + " held or planned; the process stops when every criterion has reached consensus or the working group closes the last round. A maximum number of rounds is not recorded.");
        add(items, "Methods", "Definition of consensus, set before rating", capital(definition) + ".");
        add(items, "Methods", "Rating scale and response options", Derived.scale(project) == org.bridgework.model.ConsensusScale.AGREE_NEUTRAL_DISAGREE
                ? "Agree (3), neutral (2) or disagree (1); a blank score is an abstention."
                : "1 to 9: 1-3 should not be a criterion, 4-6 unsure, 7-9 should be a criterion; a blank score is an abstention.");
        long amended = project.getCriteria().stream().filter(c -> !c.getWordingHistory().isEmpty()).count();
        add(items, "Methods", "How the statements were drafted and changed between rounds",
                project.getCriteria().size() + " criteria drafted by the working group with a rationale and the evidence expected; " + amended
                        + " reworded between rounds, each change kept with its reason and the round that led to it.");
        add(items, "Methods", "Feedback between rounds",
                "From round 2 each member's form shows the group's distribution, median, interquartile range and anonymous comments from the last round, split by stakeholder group, beside the member's own previous score.");
        add(items, "Methods", "Anonymity", "Members rate alone on their own forms; comments are fed back without names, and the project records roles, not names.");
        add(items, "Methods", "How responses were collected", "Offline XLSX forms, checked cell by cell on return and recorded as one undoable step.");
        missingIf(items, "Methods", "Piloting of the rating form", null, "say whether the form was piloted and what changed.");
        add(items, "Methods", "Timing of each round and reminders", opened.isEmpty() ? "No round has opened yet."
                : String.join("; ", opened.stream().map(r -> "round " + r.getNumber() + " opened " + r.getOpened()
                        + (r.getClosed() == null ? ", still open" : ", closed " + r.getClosed())).toList())
                        + ". Reminders list who has not returned a form, with a letter to send.");
        add(items, "Methods", "Analysis", "Per criterion and round: raters, abstentions, distribution, percentage agreeing and disagreeing, median and interquartile range (inclusive quartiles); stability is a change of less than 15 points in agreement from the previous round.");
        add(items, "Methods", "Non-response, abstentions and missing ratings", "Only panel members' ratings count; a member's last rating of a criterion in a round counts; an abstention or a missing rating is left out of the percentages, and members who did not respond are reported per round.");
        missingIf(items, "Methods", "Ethics approval and consent", null, "state the ethics review (or why none was needed) and how members consented.");
        int students = groups.getOrDefault(StakeholderGroup.STUDENTS, 0);
        missingIf(items, "Methods", "Involvement of people with lived experience (students, service users)", students == 0 ? null
                : students + (students == 1 ? " seat speaks" : " seats speak") + " for students.",
                "say how students or service users took part (no panel seat is in the students group).");

        // Results
        add(items, "Results", "Participants in each round", panel.size() + " seats; see the panel table.");
        add(items, "Results", "Response rate in each round", roundRows.length == 0 ? "No rounds yet."
                : String.join("; ", java.util.Arrays.stream(roundRows).map(r -> "round " + r.number() + ": " + r.respondents() + " of "
                        + r.panelSize() + (r.panelSize() == 0 ? "" : String.format(Locale.ROOT, " (%.0f%%)", r.respondents() * 100.0 / r.panelSize()))).toList()) + ".");
        long rated = outcomes.stream().filter(o -> o.finalStatus() != ConsensusStatus.NOT_RATED).count();
        add(items, "Results", "Agreement on each statement in each round", rated + " of " + outcomes.size()
                + " criteria rated; the outcome table gives each criterion's status by round and its final agreement.");
        long carried = project.getCriteria().stream().filter(c -> rounds.stream().filter(r -> r.getCriteria().contains(c)).count() > 1).count();
        add(items, "Results", "Statements added, removed or changed during the process", carried + " criteria carried to a later round; "
                + amended + " reworded (the wording history keeps each earlier statement).");
        long include = outcomes.stream().filter(o -> o.finalStatus() == ConsensusStatus.INCLUDE).count();
        long exclude = outcomes.stream().filter(o -> o.finalStatus() == ConsensusStatus.EXCLUDE).count();
        long none = outcomes.stream().filter(o -> o.finalStatus() == ConsensusStatus.NO_CONSENSUS).count();
        add(items, "Results", "Final outcome", include + " criteria reached consensus to include, " + exclude + " to exclude, " + none
                + " without consensus, " + (outcomes.size() - include - exclude - none) + " not rated.");

        // Discussion
        missingIf(items, "Discussion", "Interpretation of the results", null, "discuss what the agreed criteria mean and how they compare with other guidance.");
        missingIf(items, "Discussion", "Strengths and limitations of the process", null, "discuss the panel's make-up, response rates and the method's limits.");

        // Other information
        missingIf(items, "Other information", "Funding", null, "name the funders and their role.");
        missingIf(items, "Other information", "Conflicts of interest", null, "declare the panel's and the organisers' interests and how they were handled.");
        add(items, "Other information", "Availability of data and materials",
                "The project file holds every form's ratings and comments by seat; 'bridgework consensus status --json' exports them per round.");
        return items;
    }

    private static List<Member> members(GuidanceProject project, List<ConsensusRound> rounds) {
        return project.getMembers().stream().filter(m -> rounds.stream().anyMatch(r -> r.getPanel().contains(m))).toList();
    }

    private static String groupsText(Map<StakeholderGroup, Integer> groups) {
        if (groups.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((g, count) -> parts.add(XlsxRatingForms.groupName(g) + " " + count));
        return String.join(", ", parts);
    }

    private static void add(List<AccordItem> items, String section, String topic, String text) {
        items.add(new AccordItem(items.size() + 1, section, topic, text, false));
    }

    private static void missingIf(List<AccordItem> items, String section, String topic, String text, String needed) {
        if (text == null) {
            items.add(new AccordItem(items.size() + 1, section, topic, capital(needed), true));
        } else {
            add(items, section, topic, text);
        }
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.bridgework.literature;

import java.time.LocalDate;

import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Person;
import org.bridgework.model.Section;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;

/** Small projects built in code for tests. */
public final class TestProjects {

    public static final GuidanceFactory F = GuidanceFactory.eINSTANCE;

    private TestProjects() {
    }

    public static Person person(String family, String given) {
        Person p = F.createPerson();
        p.setFamily(family);
        p.setGiven(given);
        return p;
    }

    public static Person corporate(String name) {
        Person p = F.createPerson();
        p.setLiteral(name);
        return p;
    }

    public static Source source(String key, SourceType type, String title, Integer year, Person... authors) {
        Source s = F.createSource();
        s.setId(key);
        s.setCitationKey(key);
        s.setType(type);
        s.setTitle(title);
        s.setIssuedYear(year);
        for (Person a : authors) {
            s.getAuthors().add(a);
        }
        return s;
    }

    /** Three sources of the kind the guidance cites: a corporate report, a journal article, a book. */
    public static GuidanceProject library() {
        GuidanceProject project = F.createGuidanceProject();
        project.setId("test");
        project.setTitle("Test");
        Source uuk = source("uuk2022", SourceType.REPORT, "Stepchange: mentally healthy universities", 2020, corporate("Universities UK"));
        uuk.setPublisher("Universities UK");
        uuk.setPublisherPlace("London");
        uuk.setUrl("https://www.universitiesuk.ac.uk/stepchange");
        uuk.setAccessed(LocalDate.of(2024, 3, 1));
        Source broglia = source("broglia2021", SourceType.ARTICLE_JOURNAL,
                "Student mental health profiles and barriers to help seeking: when and why students seek help for a mental health concern",
                2021, person("Broglia", "Emma"), person("Millings", "Abigail"), person("Barkham", "Michael"));
        broglia.setContainerTitle("Journal of Mental Health");
        broglia.setVolume("30");
        broglia.setIssue("2");
        broglia.setPages("185-193");
        broglia.setDoi("https://doi.org/10.1080/09638237.2021.1875412");
        Source thorley = source("thorley2017", SourceType.BOOK, "Not by degrees: improving student mental health in the UK's universities", 2017,
                person("Thorley", "Craig"));
        thorley.setPublisher("IPPR");
        thorley.setPublisherPlace("London");
        project.getSources().add(uuk);
        project.getSources().add(broglia);
        project.getSources().add(thorley);
        GuidanceDocument document = F.createGuidanceDocument();
        document.setId("doc");
        project.setDocument(document);
        return project;
    }

    public static Paragraph paragraph(Section section, String id, String text) {
        Paragraph p = F.createParagraph();
        p.setId(id);
        p.setText(text);
        section.getBlocks().add(p);
        return p;
    }

    public static Section section(GuidanceProject project, String id, String heading) {
        Section s = F.createSection();
        s.setId(id);
        s.setHeading(heading);
        project.getDocument().getSections().add(s);
        return s;
    }
}

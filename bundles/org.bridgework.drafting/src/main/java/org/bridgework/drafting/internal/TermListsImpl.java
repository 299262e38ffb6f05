package org.bridgework.drafting.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bridgework.drafting.api.TermLists;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/** The shipped term lists ({@code terms/he-nhs-terms.tsv} in this bundle) and their adaptation per project. */
@Component(service = TermLists.class)
public class TermListsImpl implements TermLists {

    static final String RESOURCE = "/org/bridgework/drafting/terms/he-nhs-terms.tsv";

    private final List<LensTerm> shipped;

    public TermListsImpl() {
        this.shipped = load();
    }

    static List<LensTerm> load() {
        List<LensTerm> out = new ArrayList<>();
        try (InputStream in = TermListsImpl.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null;) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": " + f.length + " columns, not 10");
                }
                List<String> others = f[2].isBlank() ? List.of() : List.of(f[2].split("\\|"));
                Sector sector = f[3].equals("he") ? Sector.HE : f[3].equals("nhs") ? Sector.NHS : null;
                if (sector == null) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": sector '" + f[3] + "' is not he or nhs");
                }
                out.add(new LensTerm(f[0], f[1], others, sector, blank(f[4]), blank(f[5]), blank(f[6]), blank(f[7]), blank(f[8]), f[9].equals("yes"),
                        Origin.SHIPPED, false, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    @Override
    public List<LensTerm> shipped() {
        return shipped;
    }

    /** The shipped term a name means (its term or one of its other names, case ignored), or null. */
    LensTerm shippedNamed(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        for (LensTerm t : shipped) {
            if (t.term().equalsIgnoreCase(n) || t.otherNames().stream().anyMatch(o -> o.equalsIgnoreCase(n))) {
                return t;
            }
        }
        return null;
    }

    @Override
    public List<LensTerm> effective(GuidanceProject project) {
        List<LensTerm> out = new ArrayList<>();
        Set<String> adapted = new HashSet<>();
        for (Term t : project.getTerms()) {
            if (t.getTerm() == null || t.getTerm().isBlank()) {
                continue;
            }
            LensTerm s = shippedNamed(t.getTerm());
            if (s != null) {
                adapted.add(s.id());
            }
            String plain = blank(t.getPlainWording()) != null ? t.getPlainWording().strip() : s == null ? null : s.plainWording();
            String source = blank(t.getSourceUrl()) != null ? t.getSourceUrl().strip() : s == null ? null : s.sourceUrl();
            out.add(new LensTerm(t.getId(), t.getTerm().strip(), s == null ? List.of() : others(s, t.getTerm()), t.getSector(),
                    blank(t.getExpansion()) != null ? t.getExpansion() : s == null ? null : s.expansion(), plain,
                    blank(t.getDefinition()) != null ? t.getDefinition() : s == null ? null : s.definition(), source,
                    s != null && source != null && source.equals(s.sourceUrl()) ? s.sourceName() : null,
                    s != null && source != null && source.equals(s.sourceUrl()) && s.sourceChecked(), s == null ? Origin.PROJECT : Origin.ADAPTED, t.isDisabled(), t.getId()));
        }
        for (LensTerm s : shipped) {
            if (!adapted.contains(s.id())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The shipped term's names other than {@code used}. */
    private static List<String> others(LensTerm s, String used) {
        List<String> names = new ArrayList<>();
        names.add(s.term());
        names.addAll(s.otherNames());
        names.removeIf(n -> n.equalsIgnoreCase(used.strip()));
        return names;
    }

    @Override
    public Command adapt(EditingDomain domain, GuidanceProject project, String term, String plainWording, Boolean disabled) {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("name the term to adapt.");
        }
        LensTerm s = shippedNamed(term);
        Term existing = null;
        for (Term t : project.getTerms()) {
            if (t.getTerm() != null && (t.getTerm().strip().equalsIgnoreCase(term.strip())
                    || s != null && shippedNamed(t.getTerm()) == s)) {
                existing = t;
                break;
            }
        }
        GuidancePackage p = GuidancePackage.eINSTANCE;
        if (existing == null) {
            if (s == null) {
                throw new IllegalArgumentException("'" + term.strip() + "' is neither in the project's glossary nor in the shipped HE and NHS term lists"
                        + " (bridgework terms list --shipped shows them). Add it to the glossary first.");
            }
            if (plainWording == null && disabled == null) {
                return UnexecutableCommand.INSTANCE;
            }
            Term t = GuidanceFactory.eINSTANCE.createTerm();
            t.setId(freshId(project, "term-" + s.id()));
            t.setTerm(s.term());
            t.setSector(s.sector());
            t.setExpansion(s.expansion());
            t.setDefinition(s.definition());
            t.setSourceUrl(s.sourceUrl());
            t.setPlainWording(plainWording == null || plainWording.isBlank() ? null : plainWording.strip());
            t.setDisabled(Boolean.TRUE.equals(disabled));
            CompoundCommand c = new CompoundCommand((Boolean.TRUE.equals(disabled) ? "Turn Off " : "Adapt ") + "the Term '" + s.term() + "' for this Project");
            c.append(AddCommand.create(domain, project, p.getGuidanceProject_Terms(), t));
            return c;
        }
        CompoundCommand c = new CompoundCommand((Boolean.TRUE.equals(disabled) ? "Turn Off " : Boolean.FALSE.equals(disabled) ? "Turn On " : "Adapt ")
                + "the Term '" + existing.getTerm().strip() + "'");
        if (plainWording != null) {
            c.append(SetCommand.create(domain, existing, p.getTerm_PlainWording(), plainWording.isBlank() ? null : plainWording.strip()));
        }
        if (disabled != null && disabled != existing.isDisabled()) {
            c.append(SetCommand.create(domain, existing, p.getTerm_Disabled(), disabled));
        }
        return c.isEmpty() ? UnexecutableCommand.INSTANCE : c;
    }

    private static String freshId(GuidanceProject project, String base) {
        Set<String> ids = new HashSet<>();
        project.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
            }
        });
        String id = base.toLowerCase(Locale.ROOT);
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

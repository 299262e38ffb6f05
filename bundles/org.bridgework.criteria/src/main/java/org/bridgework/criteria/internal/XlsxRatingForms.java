package org.bridgework.criteria.internal;

import org.bridgework.core.api.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgework.core.api.Project;
import org.bridgework.criteria.api.RatingForms;
import org.bridgework.criteria.api.RoundSummary.CriterionSummary;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/** XLSX rating forms with Apache POI (embedded in this bundle). */
@Component(service = RatingForms.class)
public class XlsxRatingForms implements RatingForms {

    /** Columns of the form sheet (0-based). */
    static final int COL_ID = 0;
    static final int COL_CODE = 1;
    static final int COL_CRITERION = 2;
    static final int COL_SCORE = 3;
    static final int COL_COMMENT = 4;
    static final int COL_GROUP = 5;
    /** The member's own score last round, beside the group's (as DelphiManager shows it). */
    static final int COL_OWN_PREVIOUS = 6;
    static final int COL_GROUP_COMMENTS = 7;
    /** 0-based index of the header row; criteria follow. */
    static final int HEADER_ROW = 5;

    static final String K_VERSION = "form-version";
    static final String K_PROJECT = "project-id";
    static final String K_ROUND = "round-id";
    static final String K_ROUND_NUMBER = "round-number";
    static final String K_MEMBER = "member-id";
    static final String K_SCALE = "scale";
    static final String K_CRITERIA = "criteria";
    static final String K_FIRST_ROW = "first-row";
    private static final List<String> KEYS = List.of(K_VERSION, K_PROJECT, K_ROUND, K_ROUND_NUMBER, K_MEMBER, K_SCALE, K_CRITERIA,
            K_FIRST_ROW);

    private final ConsensusServiceImpl consensus = new ConsensusServiceImpl();

    public XlsxRatingForms() {
        // POI logs through the embedded log4j-api, which has no provider in the product and otherwise prints "Log4j API
        // could not find a logging provider" on standard error once per run; log4j's own status messages are of no use
        // to users. (A logger context factory cannot be named here: log4j loads it through the thread's context class
        // loader, which does not see this bundle's nested jars.) Only set when nobody chose otherwise.
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void write(GuidanceProject project, ConsensusRound round, Member member, OutputStream out) throws IOException {
        if (!round.getPanel().contains(member)) {
            throw new IllegalArgumentException(member.getId() + " is not on the panel of round " + round.getNumber() + ".");
        }
        ConsensusScale scale = ConsensusMath.scale(round);
        int max = ConsensusMath.max(scale);
        List<CriterionSummary> feedback = new ArrayList<>();
        List<String> own = new ArrayList<>();
        List<String> byGroup = new ArrayList<>();
        boolean anyFeedback = false;
        for (Criterion c : round.getCriteria()) {
            ConsensusRound prev = ConsensusServiceImpl.previousRated(project, round, c);
            CriterionSummary s = prev == null ? null : consensus.summary(project, prev, c, scale);
            feedback.add(s);
            own.add(prev == null ? "" : ownText(consensus.previousRating(round, member, c).orElse(null)));
            byGroup.add(prev == null ? "" : groupsText(prev, c));
            anyFeedback |= s != null;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet form = wb.createSheet(FORM_SHEET);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle input = wb.createCellStyle();
            input.cloneStyleFrom(wrap);
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (var b : List.<java.util.function.Consumer<BorderStyle>>of(input::setBorderTop, input::setBorderBottom,
                    input::setBorderLeft, input::setBorderRight)) {
                b.accept(BorderStyle.THIN);
            }
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(wrap);
            header.setFont(bold);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = wb.createCellStyle();
            title.setFont(big);

            String roundLabel = round.getTitle() == null || round.getTitle().isBlank() ? "Round " + round.getNumber() : round.getTitle();
            text(form, 0, COL_CODE, "Rating form: " + roundLabel, title);
            text(form, 1, COL_CODE, "Project: " + nonNull(project.getTitle(), project.getId()), null);
            text(form, 2, COL_CODE, "Panel member: " + member.getLabel(), null);
            String scaleText = scale == ConsensusScale.AGREE_NEUTRAL_DISAGREE
                    ? "1 = disagree, 2 = neutral, 3 = agree"
                    : "1-3 = disagree (should not be a criterion), 4-6 = unsure, 7-9 = agree (should be a criterion)";
            text(form, 3, COL_CODE, "Score each criterion in the yellow 'Your score' column (" + scaleText
                    + "); leave it blank to abstain. Comments are welcome and are fed back, without names, to the panel in the next round."
                    + (anyFeedback ? " 'Group, last round' shows how the panel rated the criterion last time, 'You, last round'"
                            + " your own score then: you may keep or change it." : ""), wrap);
            form.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, COL_CODE, anyFeedback ? COL_GROUP_COMMENTS : COL_COMMENT));
            form.getRow(3).setHeightInPoints(48);
            Row h = form.createRow(HEADER_ROW);
            List<String> heads = new ArrayList<>(List.of("Criterion id", "Code", "Criterion", "Your score (1-" + max + ")", "Your comment"));
            if (anyFeedback) {
                heads.add("Group, last round");
                heads.add("You, last round");
                heads.add("Comments, last round");
            }
            for (int i = 0; i < heads.size(); i++) {
                Cell cell = h.createCell(i);
                cell.setCellValue(heads.get(i));
                cell.setCellStyle(header);
            }
            int r = HEADER_ROW + 1;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < round.getCriteria().size(); i++) {
                Criterion c = round.getCriteria().get(i);
                ids.add(c.getId());
                Row row = form.createRow(r);
                row.createCell(COL_ID).setCellValue(c.getId());
                text(form, r, COL_CODE, nonNull(c.getCode(), ""), wrap);
                StringBuilder body = new StringBuilder();
                if (c.getTitle() != null && !c.getTitle().isBlank()) {
                    body.append(c.getTitle()).append("\n");
                }
                body.append(nonNull(c.getStatement(), ""));
                if (c.getRationale() != null && !c.getRationale().isBlank()) {
                    body.append("\n\nWhy: ").append(c.getRationale());
                }
                if (c.getEvidenceExpected() != null && !c.getEvidenceExpected().isBlank()) {
                    body.append("\n\nEvidence expected: ").append(c.getEvidenceExpected());
                }
                text(form, r, COL_CRITERION, body.toString(), wrap);
                row.createCell(COL_SCORE).setCellStyle(input);
                row.createCell(COL_COMMENT).setCellStyle(input);
                CriterionSummary s = feedback.get(i);
                if (anyFeedback) {
                    text(form, r, COL_GROUP, s == null ? "not rated before" : groupText(scale, s) + byGroup.get(i), wrap);
                    text(form, r, COL_OWN_PREVIOUS, own.get(i), wrap);
                    text(form, r, COL_GROUP_COMMENTS, s == null || s.comments().isEmpty() ? "" : "• " + String.join("\n• ", s.comments()), wrap);
                }
                r++;
            }
            form.setColumnHidden(COL_ID, true);
            form.setColumnWidth(COL_CODE, 8 * 256);
            form.setColumnWidth(COL_CRITERION, 70 * 256);
            form.setColumnWidth(COL_SCORE, 14 * 256);
            form.setColumnWidth(COL_COMMENT, 45 * 256);
            if (anyFeedback) {
                form.setColumnWidth(COL_GROUP, 30 * 256);
                form.setColumnWidth(COL_OWN_PREVIOUS, 24 * 256);
                form.setColumnWidth(COL_GROUP_COMMENTS, 50 * 256);
            }
            form.createFreezePane(0, HEADER_ROW + 1);
            if (!ids.isEmpty()) {
                DataValidationHelper dv = form.getDataValidationHelper();
                DataValidationConstraint whole = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1",
                        String.valueOf(max));
                DataValidation v = dv.createValidation(whole, new CellRangeAddressList(HEADER_ROW + 1, r - 1, COL_SCORE, COL_SCORE));
                v.setShowErrorBox(true);
                v.createErrorBox("Score", "A whole number from 1 to " + max + ", or blank to abstain.");
                form.addValidationData(v);
            }

            Sheet keys = wb.createSheet(KEYS_SHEET);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(K_VERSION, String.valueOf(FORM_VERSION));
            values.put(K_PROJECT, project.getId());
            values.put(K_ROUND, round.getId());
            values.put(K_ROUND_NUMBER, String.valueOf(round.getNumber()));
            values.put(K_MEMBER, member.getId());
            values.put(K_SCALE, scale.getLiteral());
            values.put(K_CRITERIA, String.join(" ", ids));
            values.put(K_FIRST_ROW, String.valueOf(HEADER_ROW + 2));
            int k = 0;
            for (Map.Entry<String, String> e : values.entrySet()) {
                Row row = keys.createRow(k++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(nonNull(e.getValue(), ""));
            }
            wb.setSheetVisibility(wb.getSheetIndex(keys), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    static String groupText(ConsensusScale scale, CriterionSummary s) {
        int[] d = s.distribution().stream().mapToInt(Integer::intValue).toArray();
        if (s.raters() == 0) {
            return "nobody scored it";
        }
        return String.format(Locale.ROOT, "%d raters; %s%nmedian %s, IQR %s–%s; %.0f%% agree, %.0f%% disagree", s.raters(),
                ConsensusMath.distributionText(scale, d), num(s.median()), num(s.q1()), num(s.q3()), s.agreePercent(), s.disagreePercent());
    }

    /** "By group: HE 80% agree (n=5), NHS 33% agree (n=3)" on a new line, or "" when no group is known. */
    static String groupsText(ConsensusRound round, Criterion c) {
        var byGroup = org.bridgework.model.derive.Derived.tallyByGroup(round, c);
        if (byGroup.isEmpty() || byGroup.size() == 1 && byGroup.containsKey(org.bridgework.model.StakeholderGroup.UNSPECIFIED)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (var e : byGroup.entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s %.0f%% agree (n=%d)", groupName(e.getKey()), e.getValue().agreementPercent(), e.getValue().raters()));
        }
        return "\nBy group: " + String.join(", ", parts);
    }

    static String groupName(org.bridgework.model.StakeholderGroup g) {
        return switch (g) {
            case HE -> "HE";
            case NHS -> "NHS";
            case STUDENTS -> "students";
            case VOLUNTARY_SECTOR -> "voluntary sector";
            case OTHER -> "other";
            case UNSPECIFIED -> "no group";
        };
    }

    /** The member's own previous rating as the form shows it: the score (and comment), "abstained" or "not rated". */
    static String ownText(org.bridgework.model.Rating rating) {
        if (rating == null) {
            return "you did not rate it";
        }
        String comment = rating.getComment() == null || rating.getComment().isBlank() ? "" : "\nYour comment: " + rating.getComment().strip();
        return (rating.getScore() == null ? "you abstained" : String.valueOf(rating.getScore())) + comment;
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String nonNull(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    // ------------------------------------------------------------------ reading

    @Override
    public FormImport read(GuidanceProject project, List<Path> files) {
        List<FormProblem> problems = new ArrayList<>();
        List<ReturnedForm> forms = new ArrayList<>();
        ConsensusRound current = consensus.currentRound(project).orElse(null);
        Map<String, Path> memberFiles = new HashMap<>();
        String roundId = null;
        for (Path file : files) {
            List<FormProblem> mine = new ArrayList<>();
            ReturnedForm form = readOne(project, current, file, mine);
            if (form != null && mine.isEmpty()) {
                Path earlier = memberFiles.putIfAbsent(form.memberId(), file);
                if (earlier != null) {
                    mine.add(new FormProblem(file, KEYS_SHEET, null, "a second form from member '" + form.memberId()
                            + "' (the first is " + earlier.getFileName() + "); import each member's form once."));
                }
            }
            if (form != null && mine.isEmpty()) {
                forms.add(form);
                roundId = current.getId();
            }
            problems.addAll(mine);
        }
        if (files.isEmpty()) {
            problems.add(new FormProblem(Path.of("."), null, null, "no forms given."));
        }
        return new FormImport(project.getId(), roundId == null && current != null && problems.isEmpty() ? current.getId() : roundId,
                forms, problems);
    }

    private ReturnedForm readOne(GuidanceProject project, ConsensusRound current, Path file, List<FormProblem> problems) {
        String problem = InputFiles.problem(file);
        if (problem != null) {
            problems.add(new FormProblem(file, null, null, problem));
            return null;
        }
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        } catch (Exception | LinkageError e) {
            problems.add(new FormProblem(file, null, null, "not an Excel workbook (.xlsx), or damaged: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse(""))));
            return null;
        }
        try (wb) {
            return readWorkbook(project, current, file, wb, problems);
        } catch (IOException e) {
            problems.add(new FormProblem(file, null, null, "could not be read: " + e.getMessage()));
            return null;
        }
    }

    private ReturnedForm readWorkbook(GuidanceProject project, ConsensusRound current, Path file, Workbook wb, List<FormProblem> problems) {
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        Sheet keys = wb.getSheet(KEYS_SHEET);
        if (keys == null) {
            problems.add(new FormProblem(file, null, null, "not a Bridgework rating form: it has no '" + KEYS_SHEET
                    + "' sheet. Import the form exported by 'bridgework consensus form', filled in."));
            return null;
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> cells = new HashMap<>();
        for (Row row : keys) {
            Cell k = row.getCell(0);
            if (k == null) {
                continue;
            }
            String key = fmt.formatCellValue(k).strip();
            Cell v = row.getCell(1);
            values.put(key, v == null ? "" : fmt.formatCellValue(v).strip());
            cells.put(key, new CellAddress(row.getRowNum(), 1).formatAsString());
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                problems.add(new FormProblem(file, KEYS_SHEET, null, "the key '" + key + "' is missing: the form was changed or is not a Bridgework form."));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        if (!String.valueOf(FORM_VERSION).equals(values.get(K_VERSION))) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_VERSION), "form version '" + values.get(K_VERSION)
                    + "' is not one this version of Bridgework reads (" + FORM_VERSION + ")."));
            return null;
        }
        if (!values.get(K_PROJECT).equals(project.getId())) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_PROJECT), "the form is for project '" + values.get(K_PROJECT)
                    + "', not '" + project.getId() + "'."));
            return null;
        }
        String roundId = values.get(K_ROUND);
        ConsensusRound round = project.getRounds().stream().filter(r -> roundId.equals(r.getId())).findFirst().orElse(null);
        if (round == null) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_ROUND), "the form is for round '" + roundId
                    + "', which is not in this project."));
            return null;
        }
        if (round != current) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_ROUND), "the form is from another round: round " + round.getNumber()
                    + " (" + round.getId() + "), but the current round is round " + current.getNumber() + " (" + current.getId() + ")."));
            return null;
        }
        if (round.getClosed() != null) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_ROUND), "round " + round.getNumber() + " was closed on "
                    + round.getClosed() + "; no more ratings can be recorded."));
            return null;
        }
        String memberId = values.get(K_MEMBER);
        Member member = project.getMembers().stream().filter(m -> memberId.equals(m.getId())).findFirst().orElse(null);
        if (member == null) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_MEMBER), "unknown member '" + memberId + "': no such member in this project."));
            return null;
        }
        if (!round.getPanel().contains(member)) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_MEMBER), "member '" + memberId + "' is not on the panel of round "
                    + round.getNumber() + "."));
            return null;
        }
        Sheet form = wb.getSheet(FORM_SHEET);
        if (form == null) {
            problems.add(new FormProblem(file, null, null, "the sheet '" + FORM_SHEET + "' is missing (was it renamed?)."));
            return null;
        }
        int firstRow;
        try {
            firstRow = Integer.parseInt(values.get(K_FIRST_ROW)) - 1;
        } catch (NumberFormatException e) {
            problems.add(new FormProblem(file, KEYS_SHEET, cells.get(K_FIRST_ROW), "'" + values.get(K_FIRST_ROW) + "' is not a row number."));
            return null;
        }
        ConsensusScale scale = ConsensusMath.scale(round);
        int max = ConsensusMath.max(scale);
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<ReturnedRating> ratings = new ArrayList<>();
        for (int r = firstRow; r <= form.getLastRowNum(); r++) {
            Row row = form.getRow(r);
            if (row == null) {
                continue;
            }
            String id = text(fmt, row.getCell(COL_ID));
            String scoreText = text(fmt, row.getCell(COL_SCORE));
            String comment = text(fmt, row.getCell(COL_COMMENT));
            String where = new CellAddress(r, COL_ID).formatAsString();
            if (id.isEmpty()) {
                if (!scoreText.isEmpty() || !comment.isEmpty() || !text(fmt, row.getCell(COL_CRITERION)).isEmpty()) {
                    problems.add(new FormProblem(file, FORM_SHEET, where, "extra row " + (r + 1)
                            + " without a criterion id (hidden column A): criteria cannot be added on a form."));
                }
                continue;
            }
            Criterion criterion = round.getCriteria().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
            if (criterion == null) {
                problems.add(new FormProblem(file, FORM_SHEET, where, "extra criterion '" + id + "' in row " + (r + 1) + ": it is not rated in round "
                        + round.getNumber() + "."));
                continue;
            }
            Integer earlier = seen.putIfAbsent(id, r + 1);
            if (earlier != null) {
                problems.add(new FormProblem(file, FORM_SHEET, where, "criterion '" + id + "' appears twice (rows " + earlier + " and " + (r + 1) + ")."));
                continue;
            }
            Integer score = null;
            if (!scoreText.isEmpty()) {
                String scoreCell = new CellAddress(r, COL_SCORE).formatAsString();
                score = parseScore(row.getCell(COL_SCORE), scoreText);
                String label = ConsensusServiceImpl.code(criterion);
                if (score == null) {
                    problems.add(new FormProblem(file, FORM_SHEET, scoreCell, "score '" + scoreText + "' for " + label
                            + " is not a whole number from 1 to " + max + " (leave it blank to abstain)."));
                    continue;
                }
                if (!ConsensusMath.inRange(scale, score)) {
                    problems.add(new FormProblem(file, FORM_SHEET, scoreCell, "score " + score + " for " + label
                            + " is out of range: the scale is 1 to " + max + "."));
                    continue;
                }
            }
            ratings.add(new ReturnedRating(id, score, comment.isEmpty() ? null : comment));
        }
        for (Criterion c : round.getCriteria()) {
            if (!seen.containsKey(c.getId())) {
                problems.add(new FormProblem(file, FORM_SHEET, null, "criterion " + ConsensusServiceImpl.code(c) + " ('" + c.getId()
                        + "') is missing from the form."));
            }
        }
        return new ReturnedForm(file, memberId, ratings);
    }

    private static String text(DataFormatter fmt, Cell cell) {
        return cell == null ? "" : fmt.formatCellValue(cell).strip();
    }

    /** A whole number, from a numeric cell or text; null when it is not one. */
    static Integer parseScore(Cell cell, String text) {
        if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e6 ? (int) v : null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ applying

    @Override
    public void apply(Project project, FormImport forms) {
        ConsensusServiceImpl.execute(project, applyCommand(project.editingDomain(), project.root(), forms), "import rating forms");
    }

    @Override
    public Command applyCommand(EditingDomain domain, GuidanceProject root, FormImport forms) {
        if (!forms.ok()) {
            throw new IllegalStateException("the forms have problems (or there are none); nothing was applied.");
        }
        if (!root.getId().equals(forms.projectId())) {
            throw new IllegalStateException("the forms were read for project '" + forms.projectId() + "', not '" + root.getId() + "'.");
        }
        ConsensusRound round = root.getRounds().stream().filter(r -> r.getId().equals(forms.roundId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("round '" + forms.roundId() + "' is not in the project."));
        CompoundCommand cmd = new CompoundCommand("Import " + forms.forms().size() + " rating forms");
        for (ReturnedForm form : forms.forms()) {
            Member member = root.getMembers().stream().filter(m -> m.getId().equals(form.memberId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("member '" + form.memberId() + "' is not in the project."));
            for (ReturnedRating rr : form.ratings()) {
                Criterion c = round.getCriteria().stream().filter(x -> x.getId().equals(rr.criterionId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("criterion '" + rr.criterionId() + "' is not in round " + round.getNumber() + "."));
                try {
                    ConsensusServiceImpl.checkRating(round, member, c, rr.score());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                ConsensusServiceImpl.rateCommand(domain, round, member, c, rr.score(), rr.comment(), cmd);
            }
        }
        return cmd;
    }
}

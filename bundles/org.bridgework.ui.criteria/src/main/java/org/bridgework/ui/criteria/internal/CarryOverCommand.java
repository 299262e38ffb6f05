package org.bridgework.ui.criteria.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.ConsensusRound;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.emf.common.command.Command;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Project &gt; Carry Over to a New Round: closes the current round today (if still open) and opens the next with its
 * criteria that did not reach consensus, as one undoable command; then shows the dashboard on the new round. The same
 * as {@code bridgework consensus carry --close}.
 */
@Component(service = CommandContribution.class)
public class CarryOverCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(CarryOverCommand.class);

    private final ConsensusService consensus;
    private final Clock clock;

    @Activate
    public CarryOverCommand(@Reference ConsensusService consensus) {
        this(consensus, Clock.systemDefaultZone());
    }

    CarryOverCommand(ConsensusService consensus, Clock clock) {
        this.consensus = consensus;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.criteria.carryOver";
    }

    @Override
    public String label() {
        return MESSAGES.get("carry.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("carry.description");
    }

    @Override
    public String menuPath() {
        return Menus.PROJECT;
    }

    private Optional<ConsensusRound> current(WorkbenchContext context) {
        return context.project().flatMap(p -> consensus.currentRound(p.root()));
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        Optional<ConsensusRound> round = current(context);
        return round.isPresent() && context.editingDomain().isPresent()
                && round.get().getCriteria().stream().anyMatch(c -> switch (consensus.status(round.get(), c)) {
                    case NO_CONSENSUS, NOT_RATED -> true;
                    default -> false;
                });
    }

    @Override
    public void execute(WorkbenchContext context) {
        ConsensusRound from = current(context).orElse(null);
        if (from == null || context.editingDomain().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Command> cmd;
        try {
            cmd = consensus.carryOverCommand(context.editingDomain().get(), from, today);
        } catch (IllegalArgumentException e) {
            context.statusLine().setErrorMessage(MESSAGES.format("carry.error", e.getMessage()));
            return;
        }
        if (cmd.isEmpty()) {
            context.statusLine().setMessage(MESSAGES.format("carry.nothing", from.getNumber()));
            return;
        }
        if (context.execute(cmd.get())) {
            context.statusLine().setErrorMessage(null);
            context.project().flatMap(p -> consensus.currentRound(p.root())).ifPresent(r -> context.statusLine()
                    .setMessage(MESSAGES.format("carry.done", r.getNumber(), r.getCriteria().size(), from.getNumber())));
            context.showView(DashboardView.ID);
        }
    }
}

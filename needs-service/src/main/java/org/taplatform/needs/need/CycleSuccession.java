package org.taplatform.needs.need;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.needs.cycle.ReportingCycle;

/**
 * One lifecycle for a State's needs across reporting cycles. When a State's needs of an instrument change in a cycle,
 * its needs of that instrument in earlier cycles still to be answered (open, matched, in progress) are closed: those
 * whose TA subtype the latest cycle states again are SUPERSEDED (the later need carries them on), the others RESOLVED
 * (the State answered the later cycle without stating them). What the latest cycle says decides it all again each time,
 * so an amended response that drops or adds a statement reopens or closes the earlier needs accordingly. A covered need
 * stays covered. The cycle comparison of the country profile reads the same statements: what it calls persisting is
 * superseded here, what it calls resolved is resolved.
 */
@ApplicationScoped
public class CycleSuccession {

    static final String BY = "needs-service (reporting cycles)";

    private final NeedStatusService statuses;

    CycleSuccession(NeedStatusService statuses) {
        this.statuses = statuses;
    }

    @Transactional(TxType.MANDATORY)
    public void settle(String country, String instrument) {
        Need.flush(); // the needs just registered or changed, before they are read back
        List<Need> needs = Need.<Need>list("country = ?1 and instrument = ?2 and cycleId is not null", country, instrument)
                .stream().filter(need -> need.status != Need.Status.WITHDRAWN).toList();
        if (needs.isEmpty()) {
            return;
        }
        Map<UUID, Integer> order = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        List<ReportingCycle> cycles = ReportingCycle.inOrder();
        for (int i = 0; i < cycles.size(); i++) {
            order.put(cycles.get(i).id, i);
            names.put(cycles.get(i).id, cycles.get(i).name);
        }
        UUID latest = needs.stream().map(need -> need.cycleId).filter(order::containsKey)
                .max((a, b) -> Integer.compare(order.get(a), order.get(b))).orElse(null);
        if (latest == null) {
            return;
        }
        Set<String> statedLatest = needs.stream().filter(need -> latest.equals(need.cycleId))
                .map(need -> need.taSubtype).collect(Collectors.toSet());
        for (Need need : needs) {
            if (!order.containsKey(need.cycleId)) {
                continue; // a cycle this service has not heard of cannot be placed before or after another
            }
            if (latest.equals(need.cycleId)) {
                if (need.status.isSucceeded()) {
                    statuses.succeed(need, Need.Status.OPEN, "stated in the latest reporting cycle again");
                }
                continue;
            }
            if (!need.status.isAnswerable() && !need.status.isSucceeded()) {
                continue; // covered: answered by assistance, whatever the State says later
            }
            boolean statedAgain = statedLatest.contains(need.taSubtype);
            Need.Status status = statedAgain ? Need.Status.SUPERSEDED : Need.Status.RESOLVED;
            if (need.status != status) {
                statuses.succeed(need, status, (statedAgain ? "stated again in " : "not stated again in ")
                        + names.getOrDefault(latest, "a later reporting cycle"));
            }
        }
    }
}
